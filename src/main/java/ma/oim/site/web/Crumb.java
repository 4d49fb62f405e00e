package ma.oim.site.web;

/** One step of a breadcrumb; the last one, the current page, has no link. */
public record Crumb(String label, String path) {

	public static Crumb current(String label) {
		return new Crumb(label, null);
	}

}
