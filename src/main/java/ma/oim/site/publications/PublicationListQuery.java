package ma.oim.site.publications;

/**
 * The filters a visitor asks the publications list for, as the query string gives them: a
 * type ({@code report}, {@code press-kit}…), an axis by its slug in the page's language, a
 * year. {@link PublicPublications#filter} checks them.
 */
public record PublicationListQuery(String type, String axis, Integer year) {

	public String type() {
		return (this.type == null || this.type.isEmpty()) ? null : this.type;
	}

	public String axis() {
		return (this.axis == null || this.axis.isEmpty()) ? null : this.axis;
	}

}
