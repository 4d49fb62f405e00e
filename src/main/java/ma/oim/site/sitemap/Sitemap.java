package ma.oim.site.sitemap;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.news.PublicNews;
import ma.oim.site.news.YearCount;
import ma.oim.site.pages.OrganisationPages;
import ma.oim.site.pages.PageNode;
import ma.oim.site.pages.PageTree;
import ma.oim.site.publications.PublicPublications;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The sitemap: every public page and article, in each language it exists in. A page
 * translated into both languages names both versions on each of its entries
 * ({@code xhtml:link rel="alternate" hreflang}, French answering for x-default), as the
 * pages' heads do. Articles carry their last modification; what is not public at the
 * clock's time is not listed (the same query as the news lists).
 *
 * <p>{@code sitemap.xml} is an index of smaller sitemaps: one for the organisation's
 * pages, one per year of news, so that no sitemap passes the protocol's 50,000 URLs nor
 * has to be built whole in a node's memory.
 */
@Component
class Sitemap {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** A page, by its path in each language it exists in, and its last modification if known. */
	record Location(Map<Language, String> paths, Instant lastModified) {
	}

	private final OrganisationPages pages;

	private final AxisLinks axes;

	private final PublicNews news;

	private final PublicPublications publications;

	private final SiteProperties site;

	Sitemap(OrganisationPages pages, AxisLinks axes, PublicNews news, PublicPublications publications,
			SiteProperties site) {
		this.pages = pages;
		this.axes = axes;
		this.news = news;
		this.publications = publications;
		this.site = site;
	}

	/** The site's pages: home, organisation pages, axes, news lists and archives, open calls, press releases, stories, partners, publications, contact. */
	private List<Location> siteLocations() {
		List<Location> locations = new ArrayList<>();
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::home), null));
		PageTree tree = this.pages.tree();
		addPages(tree, tree.roots(), locations);
		for (AxisLinks.Axis axis : this.axes.axes()) {
			locations.add(new Location(SitePaths.inLanguagesWhere(
					(language) -> Optional.ofNullable(axis.byLanguage().get(language)).map(AxisLink::path)), null));
		}
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::news), null));
		for (YearCount year : this.news.archive(Language.record())) {
			locations.add(new Location(
					SitePaths.inEveryLanguage((language) -> SitePaths.newsArchive(language, year.year())), null));
		}
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::calls), null));
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::pressReleases), null));
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::stories), null));
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::partners), null));
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::publications), null));
		for (PublicPublications.Location publication : this.publications.locations()) {
			locations.add(new Location(publication.paths(), publication.updatedAt()));
		}
		locations.add(new Location(SitePaths.inEveryLanguage(SitePaths::contact), null));
		return locations;
	}

	/** The articles published in {@code year} (in Morocco), newest first. */
	private List<Location> newsLocations(int year) {
		return this.news.locations(year)
			.stream()
			.map((article) -> new Location(article.paths(), article.updated()))
			.toList();
	}

	/** The index: the site's sitemap, then one per year with news, newest first. */
	String index() {
		return document("sitemapindex", (xml) -> {
			sitemap(xml, SitePaths.SITEMAP_SITE);
			for (YearCount year : this.news.archive(Language.record())) {
				sitemap(xml, SitePaths.sitemapNews(year.year()));
			}
		});
	}

	String site() {
		return urlSet(siteLocations());
	}

	/** The year's news, or nothing when it has none (a 404 rather than an empty sitemap). */
	Optional<String> news(int year) {
		List<Location> locations = newsLocations(year);
		return locations.isEmpty() ? Optional.empty() : Optional.of(urlSet(locations));
	}

	private String urlSet(List<Location> locations) {
		return document("urlset", (xml) -> {
			xml.writeNamespace("xhtml", XHTML);
			for (Location location : locations) {
				for (String path : location.paths().values()) {
					writeUrl(xml, path, location);
				}
			}
		});
	}

	private interface Content {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static String document(String root, Content content) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			xml.writeDefaultNamespace(NAMESPACE);
			content.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the sitemap", ex);
		}
		return out.toString();
	}

	private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		element(xml, "loc", url(path));
		xml.writeEndElement();
	}

	private void writeUrl(XMLStreamWriter xml, String path, Location location) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", url(path));
		if (location.lastModified() != null) {
			element(xml, "lastmod", SiteZone.isoDateTime(location.lastModified()));
		}
		if (location.paths().size() > 1) {
			for (Map.Entry<Language, String> alternate : location.paths().entrySet()) {
				alternate(xml, alternate.getKey().code(), alternate.getValue());
			}
			alternate(xml, "x-default", location.paths().getOrDefault(Language.record(), path));
		}
		xml.writeEndElement();
	}

	private void alternate(XMLStreamWriter xml, String hreflang, String path) throws XMLStreamException {
		xml.writeEmptyElement("xhtml", "link", XHTML);
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("hreflang", hreflang);
		xml.writeAttribute("href", url(path));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/** Absolute; {@link SitePaths} gives paths already percent-encoded. */
	private String url(String path) {
		return this.site.absolute(path);
	}

	/** Organisation pages in menu order; those that only link out of the site have no page here. */
	private static void addPages(PageTree tree, List<PageNode> pages, List<Location> locations) {
		for (PageNode page : pages) {
			if (!page.isExternal()) {
				locations.add(new Location(SitePaths.inLanguagesWhere(
						(language) -> page.text(language).map((text) -> SitePaths.page(language, text.path()))),
						null));
			}
			addPages(tree, tree.children(page.id()), locations);
		}
	}

}
