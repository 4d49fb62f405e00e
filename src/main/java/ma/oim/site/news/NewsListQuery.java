package ma.oim.site.news;

/**
 * The filters a visitor asks a news list, the events list or a search for, as the query
 * string gives them: an axis by its slug in the page's language, a year.
 * {@link PublicNews#filter} and {@link PublicEvents#filter} check them.
 */
public record NewsListQuery(String axis, Integer year) {

	/** The axis's slug, or null without one. */
	public String axis() {
		return (this.axis == null || this.axis.isEmpty()) ? null : this.axis;
	}

}
