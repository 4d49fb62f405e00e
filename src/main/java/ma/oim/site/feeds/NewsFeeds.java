package ma.oim.site.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import ma.oim.site.axes.AxisLink;
import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.news.ArticleKind;
import ma.oim.site.news.FeedEntry;
import ma.oim.site.news.PublicNews;
import ma.oim.site.publications.PublicPublications;
import ma.oim.site.web.Messages;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.SiteProperties;
import ma.oim.site.web.StructuredData;
import ma.oim.site.web.Xml;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import org.springframework.stereotype.Component;

/**
 * Atom 1.0 feeds of the news, one per language and one per axis and language, and of the
 * publications, one per language, written
 * with Rome. They carry the articles the news lists show, so an English feed follows the
 * {@code oim.news.list-untranslated} setting; an article given in French there says so
 * with {@code xml:lang="fr"} (Rome does not write xml:lang: it is added to its JDOM
 * document before output).
 */
@Component
class NewsFeeds {

	static final int ENTRIES = 20;

	private static final String ATOM = "atom_1.0";

	private final PublicNews news;

	private final PublicPublications publications;

	private final SiteProperties site;

	private final Messages messages;

	private final Clock clock;

	NewsFeeds(PublicNews news, PublicPublications publications, SiteProperties site, Messages messages, Clock clock) {
		this.news = news;
		this.publications = publications;
		this.site = site;
		this.messages = messages;
		this.clock = clock;
	}

	String newsFeed(Language language) {
		return write(language, this.messages.get("feed.news.title", language),
				this.messages.get("news.description", language), SitePaths.newsFeed(language), SitePaths.news(language),
				this.news.feed(language, null, ENTRIES));
	}

	/** The publications most recently put online, in this language or in French. */
	String publicationsFeed(Language language) {
		List<FeedEntry> entries = this.publications.feed(language, ENTRIES)
			.stream()
			.map((item) -> new FeedEntry(item.path(), item.title(), item.summary(), item.textLanguage(),
					item.published(), item.updated()))
			.toList();
		return write(language, this.messages.get("feed.publications.title", language),
				this.messages.get("publications.description", language), SitePaths.publicationsFeed(language),
				SitePaths.publications(language), entries);
	}

	/** @param axis found by its slug in {@code language}, so written in it */
	String axisFeed(Language language, AxisLinks.Axis axis) {
		AxisLink link = axis.in(language);
		return write(language,
				this.messages.get("feed.axis.title", language, link.name()),
				link.description(), SitePaths.axisFeed(language, link.slug()), link.path(),
				this.news.feed(language, axis.id(), ENTRIES));
	}

	private String write(Language language, String title, String subtitle, String selfPath, String pagePath,
			List<FeedEntry> entries) {
		Feed feed = new Feed(ATOM);
		feed.setEncoding("UTF-8");
		feed.setId(this.site.absolute(selfPath));
		feed.setTitleEx(text(title));
		feed.setSubtitle(text(subtitle));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", pagePath, language)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", selfPath, language)));
		Person mission = new Person();
		mission.setName(Xml.text(this.messages.get("site.shortName", language)));
		mission.setUri(this.site.absolute(SitePaths.home(language)));
		feed.setAuthors(List.<SyndPerson>of(mission));
		feed.setIcon(this.site.absolute("/img/favicon.svg"));
		feed.setLogo(this.site.absolute(StructuredData.LOGO_PATH));
		// The feed changes when an entry does; an empty feed has no better date than now.
		Instant updated = entries.stream()
			.map(FeedEntry::updated)
			.max(Comparator.naturalOrder())
			.orElseGet(this.clock::instant);
		feed.setUpdated(Date.from(updated));
		List<Entry> items = new ArrayList<>();
		for (FeedEntry entry : entries) {
			items.add(entry(entry, language));
		}
		feed.setEntries(items);
		return output(feed, language, entries);
	}

	private Entry entry(FeedEntry article, Language language) {
		Entry entry = new Entry();
		// The article's address in the feed's language (or in French, its only one).
		entry.setId(this.site.absolute(article.path()));
		entry.setTitleEx(text((article.event() != null)
				? this.messages.get("events.feed.entry", language, article.title(), article.event().text())
				: (article.call() != null)
						? this.messages.get("calls.feed.entry", language, article.title(), article.call().text())
						: (article.kind() == ArticleKind.PRESS_RELEASE)
								? this.messages.get("press.feed.entry", language, article.title())
								: (article.kind() == ArticleKind.STORY)
										? this.messages.get("stories.feed.entry", language, article.title())
										: article.title()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", article.path(), article.textLanguage())));
		entry.setPublished(Date.from(article.published()));
		entry.setUpdated(Date.from(article.updated()));
		if (article.summary() != null && !article.summary().isBlank()) {
			entry.setSummary(text(article.summary()));
		}
		return entry;
	}

	private String output(Feed feed, Language language, List<FeedEntry> entries) {
		try {
			Document document = new WireFeedOutput().outputJDom(feed);
			Element root = document.getRootElement();
			root.setAttribute("lang", language.code(), Namespace.XML_NAMESPACE);
			List<Element> elements = root.getChildren("entry", root.getNamespace());
			for (int i = 0; i < elements.size(); i++) {
				Language textLanguage = entries.get(i).textLanguage();
				if (textLanguage != language) {
					elements.get(i).setAttribute("lang", textLanguage.code(), Namespace.XML_NAMESPACE);
				}
			}
			return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).outputString(document);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the Atom feed " + feed.getId(), ex);
		}
	}

	private Link link(String rel, String type, String path, Language language) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(this.site.absolute(path));
		link.setHreflang(language.code());
		return link;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(Xml.text(value));
		return content;
	}

}
