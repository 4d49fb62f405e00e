package ma.oim.site.web;

import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

/**
 * What the layout needs to know of a page for its head and frame: title, description,
 * the page's URL in each language it exists in (canonical, hreflang, switcher),
 * breadcrumb and Open Graph type.
 *
 * @param alternates the page's path per language; the current language's is canonical
 */
public record PageMeta(Language language, String title, String description, Map<Language, String> alternates,
		List<Crumb> breadcrumb, String openGraphType, boolean indexable) {

	public static PageMeta of(Language language, String title, String description,
			Map<Language, String> alternates) {
		return new PageMeta(language, title, description, Map.copyOf(alternates), List.of(), "website", true);
	}

	/** Error pages: not indexed, no canonical, the switcher leads to the home pages. */
	public static PageMeta error(Language language, String title) {
		return new PageMeta(language, title, title, Map.of(), List.of(), "website", false);
	}

	/** A preview of unpublished content: never indexed, no canonical. */
	public static PageMeta preview(Language language, String title, String description) {
		return new PageMeta(language, title, description, Map.of(), List.of(), "article", false);
	}

	public PageMeta withBreadcrumb(Crumb... crumbs) {
		return new PageMeta(this.language, this.title, this.description, this.alternates, List.of(crumbs),
				this.openGraphType, this.indexable);
	}

	public PageMeta asArticle() {
		return new PageMeta(this.language, this.title, this.description, this.alternates, this.breadcrumb,
				"article", this.indexable);
	}

	public String canonical() {
		return this.alternates.get(this.language);
	}

	/** French is the default language of the site, so it answers for x-default. */
	public String defaultAlternate() {
		return this.alternates.getOrDefault(Language.FR, canonical());
	}

	/** Where the switcher to {@code target} leads, or null when the page has no such translation. */
	public String switchTo(Language target) {
		if (this.alternates.isEmpty()) {
			return SitePaths.home(target);
		}
		return this.alternates.get(target);
	}

}
