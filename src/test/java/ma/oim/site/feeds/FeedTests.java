package ma.oim.site.feeds;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestArticles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Atom feeds, parsed as Atom by Rome, and their announcement in every page's head. */
@SiteTest
class FeedTests {

	static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void frenchFeedHasEveryPublicArticleNewestFirst() throws Exception {
		MockHttpServletResponse response = fetch("/fr/actualites/flux.atom");
		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Feed feed = parse(response.getContentAsString());
		assertThat(feed.getTitle()).isEqualTo("OIM Maroc – Actualités");
		assertThat(feed.getId()).isEqualTo(BASE + "/fr/actualites/flux.atom");
		assertThat(href(feed.getOtherLinks(), "self")).isEqualTo(BASE + "/fr/actualites/flux.atom");
		assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo(BASE + "/fr/actualites");
		assertThat(feed.getAuthors()).singleElement().satisfies((author) -> assertThat(author.getName()).isEqualTo("OIM Maroc"));
		List<Map<String, Object>> articles = this.jdbc.queryForList("""
				select t.slug, t.title, t.summary from article a join article_translation t on t.article_id = a.id
				where t.language = 'fr' order by a.published_at desc, a.id desc""");
		List<Entry> entries = feed.getEntries();
		assertThat(entries).hasSize(11);
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			Map<String, Object> article = articles.get(i);
			String url = BASE + "/fr/actualites/" + article.get("slug");
			assertThat(entry.getTitle()).isEqualTo(article.get("title"));
			assertThat(href(entry.getAlternateLinks(), "alternate")).isEqualTo(url);
			assertThat(entry.getId()).isEqualTo(url);
			assertThat(entry.getSummary().getValue()).isEqualTo(article.get("summary"));
			assertThat(entry.getPublished()).isNotNull();
			assertThat(entry.getUpdated()).isNotNull();
		}
		assertThat(entries.get(0).getTitle()).isEqualTo("Visite d’étude de la délégation interministérielle djiboutienne au Maroc");
		assertThat(entries.get(0).getPublished().toInstant()).hasToString("2018-03-26T09:00:00Z");
		assertThat(feed.getUpdated()).isEqualTo(entries.get(0).getUpdated());
		assertThat(response.getContentAsString()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\"");
	}

	@Test
	void englishFeedLinksToEnglishArticles() throws Exception {
		Feed feed = parse(fetch("/en/news/feed.atom").getContentAsString());
		assertThat(feed.getTitle()).isEqualTo("IOM Morocco – News");
		assertThat(feed.getEntries()).hasSize(11)
			.allSatisfy((entry) -> assertThat(href(entry.getAlternateLinks(), "alternate")).startsWith(BASE + "/en/news/"));
		assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Study visit of the Djiboutian inter-ministerial delegation to Morocco");
	}

	@Test
	void englishFeedCarriesFrenchOnlyArticlesMarkedFrench() throws Exception {
		long id = TestArticles.frenchOnly(this.jdbc, "seulement-en-francais", "Seulement en français", "Un chapô.");
		try {
			String xml = fetch("/en/news/feed.atom").getContentAsString();
			Entry entry = parse(xml).getEntries().get(0);
			assertThat(entry.getTitle()).isEqualTo("Seulement en français");
			Link link = entry.getAlternateLinks().get(0);
			assertThat(link.getHref()).isEqualTo(BASE + "/fr/actualites/seulement-en-francais");
			assertThat(link.getHreflang()).isEqualTo("fr");
			assertThat(xml).contains("<entry xml:lang=\"fr\">");
			assertThat(parse(xml).getEntries()).hasSize(12);
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	@Test
	void feedsHoldTheTwentyLatestArticles() throws Exception {
		List<Long> ids = new ArrayList<>();
		try {
			for (int day = 1; day <= 12; day++) {
				long id = this.jdbc.queryForObject("""
						insert into article (status, published_at) values ('PUBLISHED', timestamptz '2019-01-01 10:00+01' + ? * interval '1 day')
						returning id""", Long.class, day);
				ids.add(id);
				this.jdbc.update("""
						insert into article_translation (article_id, language, slug, title, summary)
						values (?, 'fr', ?, ?, '')""", id, "article-de-masse-" + day, "Article de masse " + day);
			}
			Feed feed = parse(fetch("/fr/actualites/flux.atom").getContentAsString());
			assertThat(feed.getEntries()).hasSize(20);
			assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Article de masse 12");
			assertThat(feed.getEntries().get(0).getSummary()).as("no empty summary").isNull();
		}
		finally {
			ids.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
		}
	}

	@Test
	void eachAxisHasItsFeedInEachLanguage() throws Exception {
		Integer count = this.jdbc.queryForObject("select count(*) from article_axis where axis_id = 3", Integer.class);
		Feed french = parse(fetch("/fr/notre-travail/axes/appui-a-la-jeunesse/flux.atom").getContentAsString());
		Feed english = parse(fetch("/en/our-work/areas/youth-support/feed.atom").getContentAsString());
		assertThat(french.getEntries()).hasSize(count);
		assertThat(english.getEntries()).hasSize(count);
		assertThat(french.getTitle()).isEqualTo("OIM Maroc – Appui à la jeunesse");
		assertThat(english.getTitle()).isEqualTo("IOM Morocco – Youth support");
		assertThat(href(english.getAlternateLinks(), "alternate")).isEqualTo(BASE + "/en/our-work/areas/youth-support");
		assertThat(href(french.getOtherLinks(), "self"))
			.isEqualTo(BASE + "/fr/notre-travail/axes/appui-a-la-jeunesse/flux.atom");
	}

	@Test
	void unknownFeedsAreNotFound() throws Exception {
		this.mvc.perform(get("/fr/notre-travail/axes/inconnu/flux.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/fr/notre-travail/axes/youth-support/flux.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/en/our-work/areas/youth-support/flux.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/en/actualites/flux.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/fr/news/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void everyPageAnnouncesTheNewsFeedOfItsLanguage() throws Exception {
		for (String path : List.of("/fr", "/fr/qui-sommes-nous", "/fr/actualites", "/fr/partenaires",
				"/fr/actualites/l-oim-devient-une-organisation-affiliee-aux-nations-unies", "/fr/recherche")) {
			Document page = Html.page(this.mvc, path);
			assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(path)
				.contains(BASE + "/fr/actualites/flux.atom");
			assertThat(page.selectFirst("link[type=application/atom+xml]").attr("title")).isEqualTo("OIM Maroc – Actualités");
		}
		Document english = Html.page(this.mvc, "/en/who-we-are");
		assertThat(english.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.containsExactly(BASE + "/en/news/feed.atom");
	}

	@Test
	void axisPagesAnnounceTheirOwnFeedToo() throws Exception {
		Document page = Html.page(this.mvc, "/en/our-work/areas/youth-support");
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.containsExactly(BASE + "/en/news/feed.atom", BASE + "/en/our-work/areas/youth-support/feed.atom");
		assertThat(page.selectFirst(".feed-link a").attr("href")).isEqualTo("/en/our-work/areas/youth-support/feed.atom");
		assertThat(Html.page(this.mvc, "/fr/actualites").selectFirst(".feed-link a").attr("href"))
			.isEqualTo("/fr/actualites/flux.atom");
	}

	private MockHttpServletResponse fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

	static Feed parse(String xml) throws Exception {
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

	private static String href(List<Link> links, String rel) {
		return links.stream().filter((link) -> rel.equals(link.getRel())).findFirst().orElseThrow().getHref();
	}

}
