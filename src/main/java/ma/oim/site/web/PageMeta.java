package ma.oim.site.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

/**
 * What the layout needs to know of a page for its head and frame: title, description,
 * the page's URL in each language it exists in (canonical, hreflang, switcher),
 * breadcrumb, Open Graph type and image, the feeds it offers beyond the site's news
 * feed, and its schema.org description (JSON-LD).
 *
 * @param alternates the page's path per language; the current language's is canonical
 * @param image the page's picture for Open Graph and Twitter cards, or null
 * @param feeds Atom feeds of this page, announced in its head besides the news feed
 * @param structuredData the schema.org object the page is about (a NewsArticle, the
 * Organization...), serialised as JSON-LD by {@link StructuredData}, or null
 * @param canonicalPath the page search engines should index in this one's place, or null
 * for this page itself (its path in its language)
 */
public record PageMeta(Language language, String title, String description, Map<Language, String> alternates,
		List<Crumb> breadcrumb, String openGraphType, boolean indexable, Image image, List<FeedLink> feeds,
		Map<String, Object> structuredData, String canonicalPath) {

	/** Longest meta description: search engines cut longer ones anyway. */
	public static final int DESCRIPTION_LENGTH = 200;

	/** @param url absolute URL of the picture */
	public record Image(String url, String alt) {
	}

	/** @param path the feed's path on this site */
	public record FeedLink(String title, String path) {
	}

	/**
	 * The alternates in the languages' order, however they are given: the iteration order
	 * of {@code Map.copyOf} changes from one start to the next, and two nodes must write the
	 * same page byte for byte (hreflang links in one order, one entity tag).
	 */
	public PageMeta {
		Map<Language, String> ordered = new TreeMap<>();
		ordered.putAll(alternates);
		alternates = Collections.unmodifiableMap(ordered);
	}

	/** A page with no image, feed of its own, nor structured data. */
	public PageMeta(Language language, String title, String description, Map<Language, String> alternates,
			List<Crumb> breadcrumb, String openGraphType, boolean indexable) {
		this(language, title, description, alternates, breadcrumb, openGraphType, indexable, null, List.of(), null, null);
	}

	public static PageMeta of(Language language, String title, String description,
			Map<Language, String> alternates) {
		return new PageMeta(language, title, description, alternates, List.of(), "website", true, null, List.of(),
				null, null);
	}

	/** Error pages: not indexed, no canonical, the switcher leads to the home pages. */
	public static PageMeta error(Language language, String title) {
		return new PageMeta(language, title, title, Map.of(), List.of(), "website", false, null, List.of(), null, null);
	}

	/**
	 * A meta description from a longer plain text (an article's summary): at most
	 * {@value #DESCRIPTION_LENGTH} characters, cut between words.
	 */
	public static String excerpt(String text) {
		String plain = (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
		if (plain.length() <= DESCRIPTION_LENGTH) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
		return plain.substring(0, (cut > 0) ? cut : DESCRIPTION_LENGTH - 1).strip() + "…";
	}

	/** A preview of unpublished content: never indexed, no canonical. */
	public static PageMeta preview(Language language, String title, String description) {
		return new PageMeta(language, title, description, Map.of(), List.of(), "article", false);
	}

	public PageMeta withBreadcrumb(Crumb... crumbs) {
		return new PageMeta(this.language, this.title, this.description, this.alternates, List.of(crumbs),
				this.openGraphType, this.indexable, this.image, this.feeds, this.structuredData, this.canonicalPath);
	}

	public PageMeta asArticle() {
		return new PageMeta(this.language, this.title, this.description, this.alternates, this.breadcrumb,
				"article", this.indexable, this.image, this.feeds, this.structuredData, this.canonicalPath);
	}

	/**
	 * A page that search engines should index as another one: they keep that one in their
	 * index in this one's place ({@code link rel=canonical}), the page stays crawlable.
	 */
	public PageMeta indexedAs(String path) {
		return new PageMeta(this.language, this.title, this.description, this.alternates, this.breadcrumb,
				this.openGraphType, this.indexable, this.image, this.feeds, this.structuredData, path);
	}

	public PageMeta withImage(Image image) {
		return new PageMeta(this.language, this.title, this.description, this.alternates, this.breadcrumb,
				this.openGraphType, this.indexable, image, this.feeds, this.structuredData, this.canonicalPath);
	}

	public PageMeta withFeed(String title, String path) {
		List<FeedLink> feeds = new ArrayList<>(this.feeds);
		feeds.add(new FeedLink(title, path));
		return new PageMeta(this.language, this.title, this.description, this.alternates, this.breadcrumb,
				this.openGraphType, this.indexable, this.image, List.copyOf(feeds), this.structuredData, this.canonicalPath);
	}

	public PageMeta withStructuredData(Map<String, Object> structuredData) {
		return new PageMeta(this.language, this.title, this.description, this.alternates, this.breadcrumb,
				this.openGraphType, this.indexable, this.image, this.feeds, structuredData, this.canonicalPath);
	}

	public String canonical() {
		return (this.canonicalPath != null) ? this.canonicalPath : this.alternates.get(this.language);
	}

	/** French is the default language of the site, so it answers for x-default. */
	public String defaultAlternate() {
		return this.alternates.getOrDefault(Language.record(), canonical());
	}

	/** Where the switcher to {@code target} leads, or null when the page has no such translation. */
	public String switchTo(Language target) {
		if (this.alternates.isEmpty()) {
			return SitePaths.home(target);
		}
		return this.alternates.get(target);
	}

	/** A large card where there is a picture to show, else the small one. */
	public String twitterCard() {
		return (this.image != null) ? "summary_large_image" : "summary";
	}

}
