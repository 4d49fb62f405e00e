package ma.oim.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * schema.org descriptions of pages (JSON-LD), for search engines and link previews.
 * Controllers attach the object a page is about to its {@link PageMeta}; the layout
 * writes it, with the page's BreadcrumbList, as {@code <script type="application/ld+json">}
 * blocks, through {@code @structuredData} (templates may not call static methods).
 *
 * <p>A JSON-LD block is data, never executed, so the Content-Security-Policy, which
 * forbids inline scripts, does not apply to it. Its content is still raw text inside a
 * {@code <script>} element: every {@code <}, {@code >} and {@code &} is written as a
 * JSON escape, so no title or summary can close the element or open a comment.
 */
@Component("structuredData")
public class StructuredData {

	public static final String LOGO_PATH = "/img/logo.svg";

	private static final String CONTEXT = "https://schema.org";

	private final SiteProperties site;

	private final Messages messages;

	private final JsonMapper json;

	StructuredData(SiteProperties site, Messages messages, JsonMapper json) {
		this.site = site;
		this.messages = messages;
		this.json = json;
	}

	/** The mission, for the home page. */
	public Map<String, Object> organization(Language language) {
		Map<String, Object> organization = document("Organization");
		organization.putAll(publisher(language));
		organization.put("alternateName", this.messages.get("site.shortName", language));
		organization.put("url", this.site.absolute(SitePaths.home(language)));
		organization.put("description", this.messages.get("site.description", language));
		Map<String, Object> parent = node("Organization");
		parent.put("name", this.messages.get("structuredData.parentOrganization", language));
		parent.put("url", this.site.globalSiteUrl());
		organization.put("parentOrganization", parent);
		return organization;
	}

	/**
	 * A news article.
	 * @param path the article's path in the page's language
	 * @param isoPublished publication date-time, ISO 8601 with offset
	 * @param isoModified last modification, ISO 8601 with offset
	 * @param image its picture, or null
	 */
	public Map<String, Object> newsArticle(Language language, String path, String headline, String description,
			String isoPublished, String isoModified, PageMeta.Image image) {
		return article("NewsArticle", language, path, headline, description, isoPublished, isoModified, image);
	}

	/** A long-form story: an {@code Article}, described as a news article is. */
	public Map<String, Object> article(Language language, String path, String headline, String description,
			String isoPublished, String isoModified, PageMeta.Image image) {
		return article("Article", language, path, headline, description, isoPublished, isoModified, image);
	}

	private Map<String, Object> article(String type, Language language, String path, String headline,
			String description, String isoPublished, String isoModified, PageMeta.Image image) {
		String url = this.site.absolute(path);
		Map<String, Object> article = document(type);
		Map<String, Object> page = node("WebPage");
		page.put("@id", url);
		article.put("mainEntityOfPage", page);
		article.put("url", url);
		article.put("headline", headline);
		article.put("description", description);
		article.put("inLanguage", language.code());
		article.put("datePublished", isoPublished);
		article.put("dateModified", isoModified);
		if (image != null) {
			article.put("image", List.of(image.url()));
		}
		article.put("author", publisher(language));
		article.put("publisher", publisher(language));
		return article;
	}

	/**
	 * An event the mission organises: its time with Morocco's offset, where it takes place
	 * (a {@code Place}, a {@code VirtualLocation}, or both) and how one attends.
	 * @param isoEnd ISO 8601 with offset, or null
	 * @param place the place's name (and address) as written, or null
	 * @param onlineUrl where to follow it online, or null
	 */
	public Map<String, Object> event(Language language, String path, String name, String description, String isoStart,
			String isoEnd, String place, String onlineUrl, PageMeta.Image image) {
		String url = this.site.absolute(path);
		Map<String, Object> event = document("Event");
		event.put("url", url);
		event.put("name", name);
		event.put("description", description);
		event.put("inLanguage", language.code());
		event.put("startDate", isoStart);
		if (isoEnd != null) {
			event.put("endDate", isoEnd);
		}
		event.put("eventStatus", CONTEXT + "/EventScheduled");
		List<Map<String, Object>> locations = new ArrayList<>();
		if (place != null) {
			Map<String, Object> physical = node("Place");
			physical.put("name", place);
			physical.put("address", place);
			locations.add(physical);
		}
		if (onlineUrl != null) {
			Map<String, Object> virtual = node("VirtualLocation");
			virtual.put("url", onlineUrl);
			locations.add(virtual);
		}
		event.put("eventAttendanceMode", CONTEXT + "/" + ((place != null && onlineUrl != null) ? "Mixed"
				: (onlineUrl != null) ? "Online" : "Offline") + "EventAttendanceMode");
		if (!locations.isEmpty()) {
			event.put("location", (locations.size() == 1) ? locations.get(0) : locations);
		}
		if (image != null) {
			event.put("image", List.of(image.url()));
		}
		event.put("organizer", publisher(language));
		return event;
	}

	/**
	 * A job or a consultancy the mission offers: when it was posted, until when one may
	 * apply (its deadline, with Morocco's offset), who hires (the mission) and where
	 * (Morocco). A consultancy is a contractor's work.
	 * @param reference the call's reference, or null
	 */
	public Map<String, Object> jobPosting(Language language, String path, String title, String description,
			String isoPosted, String isoDeadline, boolean consultancy, String reference) {
		Map<String, Object> posting = document("JobPosting");
		posting.put("url", this.site.absolute(path));
		posting.put("title", title);
		posting.put("description", description);
		posting.put("inLanguage", language.code());
		posting.put("datePosted", isoPosted);
		posting.put("validThrough", isoDeadline);
		if (consultancy) {
			posting.put("employmentType", "CONTRACTOR");
		}
		if (reference != null) {
			Map<String, Object> identifier = node("PropertyValue");
			identifier.put("name", this.messages.get("site.shortName", language));
			identifier.put("value", reference);
			posting.put("identifier", identifier);
		}
		posting.put("hiringOrganization", publisher(language));
		Map<String, Object> address = node("PostalAddress");
		address.put("addressCountry", "MA");
		Map<String, Object> location = node("Place");
		location.put("address", address);
		posting.put("jobLocation", location);
		return posting;
	}

	/**
	 * A document the mission publishes ({@code Report}, {@code DigitalDocument}), with its
	 * files as {@code encoding}s.
	 * @param path its page's path in the page's language
	 * @param isoDate the document's date, ISO 8601
	 * @param imageUrl its cover, absolute, or null
	 * @param files each file: {@code path}, {@code mediaType}, {@code bytes}, {@code language}
	 */
	public Map<String, Object> document(String type, Language language, String path, String name, String description,
			String isoDate, String imageUrl, List<Map<String, Object>> files) {
		String url = this.site.absolute(path);
		Map<String, Object> document = document(type);
		document.put("url", url);
		document.put("name", name);
		document.put("description", description);
		document.put("inLanguage", language.code());
		document.put("datePublished", isoDate);
		if (imageUrl != null) {
			document.put("image", List.of(imageUrl));
		}
		document.put("author", publisher(language));
		document.put("publisher", publisher(language));
		List<Map<String, Object>> encodings = new ArrayList<>();
		for (Map<String, Object> file : files) {
			Map<String, Object> encoding = node("MediaObject");
			encoding.put("contentUrl", this.site.absolute((String) file.get("path")));
			encoding.put("encodingFormat", file.get("mediaType"));
			encoding.put("contentSize", file.get("bytes") + " B");
			encoding.put("inLanguage", file.get("language"));
			encodings.add(encoding);
		}
		document.put("encoding", encodings);
		return document;
	}

	/** The JSON-LD blocks of a page: what it is about, then its breadcrumb. */
	public List<String> scripts(PageMeta meta) {
		List<String> scripts = new ArrayList<>();
		if (meta.structuredData() != null) {
			scripts.add(write(meta.structuredData()));
		}
		if (!meta.breadcrumb().isEmpty()) {
			scripts.add(write(breadcrumbList(meta)));
		}
		return scripts;
	}

	private Map<String, Object> breadcrumbList(PageMeta meta) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Crumb crumb : meta.breadcrumb()) {
			Map<String, Object> item = node("ListItem");
			item.put("position", items.size() + 1);
			item.put("name", crumb.label());
			String path = (crumb.path() != null) ? crumb.path() : meta.canonical();
			if (path != null) {
				item.put("item", this.site.absolute(path));
			}
			items.add(item);
		}
		Map<String, Object> list = document("BreadcrumbList");
		list.put("itemListElement", items);
		return list;
	}

	private Map<String, Object> publisher(Language language) {
		Map<String, Object> publisher = node("Organization");
		publisher.put("@id", this.site.absolute("/#organization"));
		publisher.put("name", this.messages.get("site.name", language));
		Map<String, Object> logo = node("ImageObject");
		logo.put("url", this.site.absolute(LOGO_PATH));
		publisher.put("logo", logo);
		return publisher;
	}

	/** JSON whose text cannot end the script element it is written into. */
	String write(Map<String, Object> data) {
		return this.json.writeValueAsString(data)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	/** A top-level object: it names its vocabulary. */
	private static Map<String, Object> document(String type) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.put("@type", type);
		return document;
	}

	private static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		return node;
	}

}
