package ma.oim.site.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.i18n.Language;

import org.springframework.web.util.UriUtils;

/**
 * The public URL of every kind of page, in each language. Routes are written once, as
 * templates: {@code @lang} is the language's code, {@code @news} (and every other
 * {@code @name}) the segment {@code path.news} of that language's bundle. Controllers map
 * the templates (the handler mapping expands them for every configured language, see
 * {@code WebConfiguration}), links are made from the same templates, so a link and its
 * route cannot drift apart, and a new language brings its routes with its bundle.
 *
 * <p>Links are URIs: a segment or slug in Arabic is percent-encoded as UTF-8 (RFC 3987's
 * mapping of an IRI to a URI), which browsers show decoded, readable, in the address bar.
 */
public final class SitePaths {

	public static final String HOME = "/@lang";

	public static final String NEWS = "/@lang/@news";

	public static final String ARTICLE = NEWS + "/{slug}";

	public static final String AXES = "/@lang/@axes";

	public static final String AXIS = AXES + "/{slug}";

	public static final String PARTNERS = "/@lang/@partners";

	public static final String SEARCH = "/@lang/@search";

	public static final String CONTACT = "/@lang/@contact";

	public static final String PUBLICATIONS = "/@lang/@publications";

	public static final String PUBLICATION = PUBLICATIONS + "/{slug}";

	public static final String PUBLICATIONS_FEED = PUBLICATIONS + "/@feed";

	/** Events (articles of the kind EVENT): upcoming then past, a month's calendar, an event's iCalendar file. */
	public static final String EVENTS = "/@lang/@events";

	public static final String EVENTS_MONTH = EVENTS + "/{year:[0-9][0-9][0-9][0-9]}/{month:[0-9][0-9]}";

	public static final String EVENT_CALENDAR_FILE = EVENTS + "/{slug}.ics";

	/** Calls (articles of the kind CALL): the open ones, and the closed ones on a page of their own. */
	public static final String CALLS = "/@lang/@calls";

	public static final String CALLS_CLOSED = CALLS + "/@closed";

	/** Press releases (articles of the kind PRESS_RELEASE), newest first. */
	public static final String PRESS_RELEASES = "/@lang/@pressreleases";

	/** Stories (articles of the kind STORY, long-form), newest first. */
	public static final String STORIES = "/@lang/@stories";

	/**
	 * A publication's file, and a cover image: outside the languages' paths (a file's
	 * language is its own, not the page's), so the page cache never holds a download.
	 */
	public static final String DOCUMENT = "/documents/{id}/{name}";

	/** The cover an editor gave a publication in one language. */
	public static final String COVER = "/documents/covers/{id}/{language}";

	/** Atom feeds: literal patterns, so they win over the article and organisation page routes. */
	public static final String NEWS_FEED = NEWS + "/@feed";

	public static final String AXIS_FEED = AXIS + "/@feed";

	/** Organisation pages: any path under the language that no other route takes. */
	public static final String PAGE = "/@lang/{*path}";

	/** The sitemap index, and the sitemaps it lists: the site's pages, and each year of news. */
	public static final String SITEMAP = "/sitemap.xml";

	public static final String SITEMAP_SITE = "/sitemap-site.xml";

	public static final String SITEMAP_NEWS = "/sitemap-news-{year:[0-9][0-9][0-9][0-9]}.xml";

	public static final String ROBOTS = "/robots.txt";

	/** Longest slug the site ever makes; longer path segments are answered 404 at once. */
	public static final int MAX_SLUG_LENGTH = 200;

	private static final Pattern TOKEN = Pattern.compile("@([a-z]+)");

	private SitePaths() {
	}

	/**
	 * A route template in one language. {@code encoded}: as a URI (links), else as text
	 * (the patterns the handler mapping matches against the decoded path).
	 */
	public static String expand(String template, Language language, boolean encoded) {
		Matcher matcher = TOKEN.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String token = matcher.group(1);
			String value = "lang".equals(token) ? language.code() : language.segment(token);
			matcher.appendReplacement(path, Matcher.quoteReplacement(encoded ? encode(value) : value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** A path as a URI: characters outside US-ASCII percent-encoded as UTF-8, slashes kept. */
	public static String encode(String path) {
		return UriUtils.encodePath(path, StandardCharsets.UTF_8);
	}

	public static String home(Language language) {
		return "/" + language.code();
	}

	public static String news(Language language) {
		return expand(NEWS, language, true);
	}

	public static String article(Language language, String slug) {
		return news(language) + "/" + encode(slug);
	}

	public static String axes(Language language) {
		return expand(AXES, language, true);
	}

	public static String axis(Language language, String slug) {
		return axes(language) + "/" + encode(slug);
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
		return expand(NEWS_FEED, language, true);
	}

	public static String axisFeed(Language language, String slug) {
		return axis(language, slug) + "/" + encode(language.segment("feed"));
	}

	public static String search(Language language) {
		return expand(SEARCH, language, true);
	}

	public static String partners(Language language) {
		return expand(PARTNERS, language, true);
	}

	public static String contact(Language language) {
		return expand(CONTACT, language, true);
	}

	public static String publications(Language language) {
		return expand(PUBLICATIONS, language, true);
	}

	public static String publicationsFeed(Language language) {
		return expand(PUBLICATIONS_FEED, language, true);
	}

	public static String publication(Language language, String slug) {
		return publications(language) + "/" + encode(slug);
	}

	public static String events(Language language) {
		return expand(EVENTS, language, true);
	}

	/** The calendar of a month ({@code /fr/evenements/2026/12}). */
	public static String eventsMonth(Language language, int year, int month) {
		return events(language) + "/%04d/%02d".formatted(year, month);
	}

	/** An event's iCalendar file, by its slug in this language. */
	public static String eventCalendarFile(Language language, String slug) {
		return events(language) + "/" + encode(slug) + ".ics";
	}

	public static String calls(Language language) {
		return expand(CALLS, language, true);
	}

	public static String stories(Language language) {
		return expand(STORIES, language, true);
	}

	public static String pressReleases(Language language) {
		return expand(PRESS_RELEASES, language, true);
	}

	/** The calls whose deadline has passed ({@code /fr/appels/clotures}). */
	public static String callsClosed(Language language) {
		return expand(CALLS_CLOSED, language, true);
	}

	/** A publication's file by its id and the name it is downloaded under. */
	public static String document(long fileId, String name) {
		return "/documents/" + fileId + "/" + encode(name);
	}

	public static String cover(long publicationId, Language language) {
		return "/documents/covers/" + publicationId + "/" + language.code();
	}

	/** An organisation page by its path of slugs ("qui-sommes-nous/a-propos"). */
	public static String page(Language language, String path) {
		return home(language) + "/" + encode(path);
	}

	/** The same page in every language, for pages that exist in all of them. */
	public static Map<Language, String> inEveryLanguage(Function<Language, String> pathOf) {
		Map<Language, String> paths = new TreeMap<>();
		for (Language language : Language.values()) {
			paths.put(language, pathOf.apply(language));
		}
		return paths;
	}

	/** The page in the languages it is translated into; {@code pathOf} answers empty where it is not. */
	public static Map<Language, String> inLanguagesWhere(Function<Language, Optional<String>> pathOf) {
		Map<Language, String> paths = new TreeMap<>();
		for (Language language : Language.values()) {
			pathOf.apply(language).ifPresent((path) -> paths.put(language, path));
		}
		return paths;
	}

}
