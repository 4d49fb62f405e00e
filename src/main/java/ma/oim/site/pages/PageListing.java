package ma.oim.site.pages;

/** A list the site generates under a page's own text. */
public enum PageListing {

	/** The thematic axes, on "Ce que nous faisons". */
	AXES

}
