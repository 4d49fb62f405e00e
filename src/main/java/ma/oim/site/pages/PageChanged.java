package ma.oim.site.pages;

/**
 * The site's structure changed: a page created, moved, hidden, shown again or deleted.
 * Published inside the transaction that changed it.
 */
public record PageChanged(long pageId, String actor, Kind kind, String title) {

	public enum Kind {

		CREATED, MOVED, HIDDEN, SHOWN, DELETED

	}

}
