package ma.oim.site.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ma.oim.site.i18n.Language;

/**
 * The public URL of every kind of page, in each language. Controllers map the same
 * constants, so a link and its route cannot drift apart.
 */
public final class SitePaths {

	public static final String NEWS_FR = "/fr/actualites";

	public static final String NEWS_EN = "/en/news";

	public static final String AXES_FR = "/fr/notre-travail/axes";

	public static final String AXES_EN = "/en/our-work/areas";

	public static final String PARTNERS_FR = "/fr/partenaires";

	public static final String PARTNERS_EN = "/en/partners";

	public static final String SEARCH_FR = "/fr/recherche";

	public static final String SEARCH_EN = "/en/search";

	/** Atom feeds: literal patterns, so they win over the article and organisation page routes. */
	public static final String NEWS_FEED_FR = NEWS_FR + "/flux.atom";

	public static final String NEWS_FEED_EN = NEWS_EN + "/feed.atom";

	public static final String AXIS_FEED_FR = AXES_FR + "/{slug}/flux.atom";

	public static final String AXIS_FEED_EN = AXES_EN + "/{slug}/feed.atom";

	/** The sitemap index, and the sitemaps it lists: the site's pages, and each year of news. */
	public static final String SITEMAP = "/sitemap.xml";

	public static final String SITEMAP_SITE = "/sitemap-site.xml";

	public static final String SITEMAP_NEWS = "/sitemap-news-{year:[0-9][0-9][0-9][0-9]}.xml";

	public static final String ROBOTS = "/robots.txt";

	/** Longest slug the site ever makes; longer path segments are answered 404 at once. */
	public static final int MAX_SLUG_LENGTH = 200;

	private SitePaths() {
	}

	public static String home(Language language) {
		return "/" + language.code();
	}

	public static String news(Language language) {
		return (language == Language.FR) ? NEWS_FR : NEWS_EN;
	}

	public static String article(Language language, String slug) {
		return news(language) + "/" + slug;
	}

	public static String axis(Language language, String slug) {
		return ((language == Language.FR) ? AXES_FR : AXES_EN) + "/" + slug;
	}

	/** The sitemap of the news of one year. */
	public static String sitemapNews(int year) {
		return "/sitemap-news-" + year + ".xml";
	}

	/** The news of one year: the canonical address of the year's archive. */
	public static String newsArchive(Language language, int year) {
		return news(language) + "?year=" + year;
	}

	public static String newsFeed(Language language) {
		return (language == Language.FR) ? NEWS_FEED_FR : NEWS_FEED_EN;
	}

	public static String axisFeed(Language language, String slug) {
		return axis(language, slug) + ((language == Language.FR) ? "/flux.atom" : "/feed.atom");
	}

	public static String search(Language language) {
		return (language == Language.FR) ? SEARCH_FR : SEARCH_EN;
	}

	public static String partners(Language language) {
		return (language == Language.FR) ? PARTNERS_FR : PARTNERS_EN;
	}

	public static String page(Language language, String path) {
		return home(language) + "/" + path;
	}

	/** The same page in every language, for pages that exist in all of them. */
	public static Map<Language, String> inEveryLanguage(Function<Language, String> pathOf) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			paths.put(language, pathOf.apply(language));
		}
		return paths;
	}

	/** The page in the languages it is translated into; {@code pathOf} answers empty where it is not. */
	public static Map<Language, String> inLanguagesWhere(Function<Language, Optional<String>> pathOf) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			pathOf.apply(language).ifPresent((path) -> paths.put(language, path));
		}
		return paths;
	}

}
