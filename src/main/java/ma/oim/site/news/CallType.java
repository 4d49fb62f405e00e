package ma.oim.site.news;

/** What a call is for: a job, a consultancy, or a tender (V30). */
public enum CallType {

	JOB, CONSULTANCY, TENDER;

	/** Jobs and consultancies are described as schema.org's JobPosting; tenders are not. */
	public boolean isJobPosting() {
		return this != TENDER;
	}

}
