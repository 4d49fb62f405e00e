package ma.oim.site.web;

import ma.oim.site.i18n.Language;

/** The fixed entries of the menu, in the page's language. */
public record SiteNav(String home, String news, String partners) {

	public static SiteNav of(Language language) {
		return new SiteNav(SitePaths.home(language), SitePaths.news(language), SitePaths.partners(language));
	}

}
