package ma.oim.site.redirects;

/** A redirect added or removed, published inside the transaction that changed it. */
public record RedirectChanged(Kind kind, String actor, String fromPath, String toPath) {

	public enum Kind {

		ADDED, REMOVED

	}

}
