package ma.oim.site.web;

import ma.oim.site.i18n.Language;

/** The fixed entries of the menu, the search form's target, the news feed and the contact page, in the page's language. */
public record SiteNav(String home, String news, String partners, String search, String feed, String contact,
		String publications, String events, String calls,
		String pressReleases, String stories) {

	public static SiteNav of(Language language) {
		return new SiteNav(SitePaths.home(language), SitePaths.news(language), SitePaths.partners(language),
				SitePaths.search(language), SitePaths.newsFeed(language), SitePaths.contact(language),
				SitePaths.publications(language), SitePaths.events(language),
				SitePaths.calls(language), SitePaths.pressReleases(language),
				SitePaths.stories(language));
	}

}
