package ma.oim.site.media;

/**
 * The rule for photos of people, said once: one marked as showing people may be published
 * only with a consent recorded, and only until the day its consent expires (that day
 * included, in Morocco's time zone, from the injectable clock). Every read that needs
 * it (the library, the dashboard, the check before publishing) applies this SQL.
 */
final class PhotoConsent {

	/** Message code of a photo of people with no consent recorded. */
	static final String MISSING = "missing";

	/** Message code of a photo of people whose consent has expired. */
	static final String EXPIRED = "expired";

	/** SQL: why the image {@code m} may not be published on {@code :today} ('missing', 'expired'), or null. */
	static final String PROBLEM_SQL = """
			(case when not m.shows_people then null
			      when not m.consent_obtained then 'missing'
			      when m.consent_expires_on < :today then 'expired' end)""";

	/** SQL: the image {@code m} may not be published on {@code :today}. */
	static final String BLOCKED_SQL = """
			(m.shows_people and (not m.consent_obtained or m.consent_expires_on < :today))""";

	private PhotoConsent() {
	}

	/** The message code that explains a problem to an editor. */
	static String messageCode(String problem) {
		return "media.consent.problem." + problem;
	}

}
