package ma.oim.site.axes;

import java.util.Collection;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

/** A thematic axis as a link, with its description for cards. */
public record AxisLink(String slug, String name, String description, String path) {

	/** The axis in the reader's language, or its French page where it has no translation. */
	public static AxisLink of(ThematicAxis axis, Language language) {
		Language shown = axis.text(language).isPresent() ? language : Language.FR;
		AxisText text = axis.textOrFrench(shown);
		return of(shown, text.getSlug(), text.getName(), text.getDescription());
	}

	/** An axis's text in {@code shown}, linking to its page in that language. */
	public static AxisLink of(Language shown, String slug, String name, String description) {
		return new AxisLink(slug, name, description, SitePaths.axis(shown, slug));
	}

	public static List<AxisLink> all(Collection<ThematicAxis> axes, Language language) {
		return axes.stream().map((axis) -> of(axis, language)).toList();
	}

}
