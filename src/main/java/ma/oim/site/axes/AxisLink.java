package ma.oim.site.axes;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

/** A thematic axis as a link, with its description for cards. */
public record AxisLink(String slug, String name, String description, String path) {

	/** An axis's text in {@code shown}, linking to its page in that language. */
	public static AxisLink of(Language shown, String slug, String name, String description) {
		return new AxisLink(slug, name, description, SitePaths.axis(shown, slug));
	}

}
