package ma.oim.site.sitemap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import ma.oim.site.testsupport.TestArticles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sitemap index and its sitemaps parsed as namespaced XML, and robots.txt. */
@SiteTest
class SitemapTests {

	static final String BASE = Sitemaps.BASE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsEveryArticleInBothLanguagesWithLastModification() throws Exception {
		Map<String, Sitemaps.Url> urls = Sitemaps.urls(this.mvc);
		List<Map<String, Object>> articles = this.jdbc.queryForList("""
				select fr.slug as fr, en.slug as en, a.updated_at from article a
				join article_translation fr on fr.article_id = a.id and fr.language = 'fr'
				join article_translation en on en.article_id = a.id and en.language = 'en'""");
		assertThat(articles).hasSize(11);
		for (Map<String, Object> article : articles) {
			String french = BASE + "/fr/actualites/" + article.get("fr");
			String english = BASE + "/en/news/" + article.get("en");
			assertThat(urls).containsKeys(french, english);
			assertThat(urls.get(french).alternates()).containsEntry("fr", french)
				.containsEntry("en", english)
				.containsEntry("x-default", french);
			assertThat(OffsetDateTime.parse(urls.get(english).lastmod()).toInstant())
				.isEqualTo(((java.sql.Timestamp) article.get("updated_at")).toInstant());
		}
	}

	@Test
	void everyAlternatePairPointsAtEachOther() throws Exception {
		Map<String, Sitemaps.Url> urls = Sitemaps.urls(this.mvc);
		assertThat(urls).hasSizeGreaterThan(40);
		for (Map.Entry<String, Sitemaps.Url> url : urls.entrySet()) {
			Map<String, String> alternates = url.getValue().alternates();
			assertThat(alternates).as(url.getKey()).containsKeys("fr", "en", "x-default");
			assertThat(alternates).as(url.getKey()).containsValue(url.getKey());
			assertThat(alternates.get("x-default")).isEqualTo(alternates.get("fr"));
			for (String language : alternates.keySet().stream().filter((code) -> !code.equals("x-default")).toList()) {
				String other = alternates.get(language);
				assertThat(urls).as(url.getKey() + " -> " + other).containsKey(other);
				assertThat(urls.get(other).alternates()).as(other).isEqualTo(alternates);
				assertThat(other).startsWith(BASE + "/" + language);
			}
		}
	}

	@Test
	void listsThePublicPagesButNotSearchNorExternalLinks() throws Exception {
		Map<String, Sitemaps.Url> urls = Sitemaps.urls(this.mvc);
		assertThat(urls).containsKeys(BASE + "/fr", BASE + "/en", BASE + "/fr/qui-sommes-nous/a-propos",
				BASE + "/en/our-work/cross-cutting-priorities/2030-agenda", BASE + "/fr/actualites", BASE + "/en/news",
				BASE + "/fr/actualites?year=2016", BASE + "/en/news?year=2018", BASE + "/fr/partenaires",
				BASE + "/en/partners", BASE + "/fr/notre-travail/axes/appui-a-la-jeunesse",
				BASE + "/en/our-work/areas/youth-support");
		assertThat(urls.keySet()).noneMatch((url) -> url.contains("recherche") || url.contains("search")
				|| url.contains("oim-global") || url.contains("iom-global") || url.contains("admin"));
		assertThat(urls.keySet()).allMatch((url) -> url.startsWith(BASE + "/"));
	}

	@Test
	void anArticleOnlyInFrenchHasOneUrlAndNoAlternates() throws Exception {
		long id = TestArticles.frenchOnly(this.jdbc, "sitemap-en-francais", "Sitemap en français", "");
		try {
			String xml = fetch(this.mvc, "/sitemap-news-2019.xml").getContentAsString();
			Document document = Sitemaps.parse(xml);
			NodeList locs = document.getElementsByTagNameNS(Sitemaps.SITEMAP, "loc");
			Element url = null;
			for (int i = 0; i < locs.getLength(); i++) {
				if (locs.item(i).getTextContent().equals(BASE + "/fr/actualites/sitemap-en-francais")) {
					url = (Element) locs.item(i).getParentNode();
				}
			}
			assertThat(url).isNotNull();
			assertThat(url.getElementsByTagNameNS(Sitemaps.XHTML, "link").getLength()).isZero();
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	@Test
	void indexListsTheSiteThenEachYearOfNewsNewestFirstAndNoOther() throws Exception {
		assertThat(Sitemaps.paths(this.mvc)).containsExactly("/sitemap-site.xml", "/sitemap-news-2018.xml",
				"/sitemap-news-2016.xml");
		assertThat(Sitemaps.urls(this.mvc, "/sitemap-news-2018.xml").keySet()).allMatch((url) -> url.contains("/fr/actualites/") || url.contains("/en/news/")
				|| url.contains("/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/"))
			.hasSize(3); // the 2018 article in French, English and Arabic (V13)
		this.mvc.perform(get("/sitemap-news-2017.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemap-news-20x8.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemap-news-201.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemap-news-0000.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemap-news-9999.xml")).andExpect(status().isNotFound());
	}

	@Test
	void robotsKeepsCrawlersOutOfTheBackOfficeAndPointsToTheSitemap() throws Exception {
		MockHttpServletResponse response = fetch(this.mvc, "/robots.txt");
		assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		List<String> lines = response.getContentAsString().lines().toList();
		assertThat(lines).containsSubsequence("User-agent: *", "Disallow: /admin")
			.contains("Disallow: /login", "Sitemap: " + BASE + "/sitemap.xml");
		// Public pages, search results included (they name their canonical page), stay open to crawlers.
		assertThat(lines).noneMatch((line) -> line.equals("Disallow: /") || line.startsWith("Allow")
				|| line.contains("recherche") || line.contains("search") || line.contains("%D8%A8%D8%AD%D8%AB"));
	}

	private static MockHttpServletResponse fetch(MockMvc mvc, String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

}
