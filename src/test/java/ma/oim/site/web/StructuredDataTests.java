package ma.oim.site.web;

import java.util.List;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** schema.org JSON-LD, Open Graph and Twitter cards, parsed as JSON and HTML. */
@SiteTest
class StructuredDataTests {

	static final String BASE = "http://localhost:8080";

	static final String ARTICLE = "/fr/actualites/l-oim-devient-une-organisation-affiliee-aux-nations-unies";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void articleIsANewsArticle() throws Exception {
		Document page = Html.page(this.mvc, ARTICLE);
		JsonNode article = ofType(page, "NewsArticle");
		assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(article.get("headline").asString()).isEqualTo(page.selectFirst("h1").text());
		assertThat(article.get("datePublished").asString())
			.isEqualTo(page.selectFirst("article time").attr("datetime"))
			.isEqualTo("2016-07-30T10:00:00+01:00");
		assertThat(article.get("dateModified").asString()).isEqualTo("2016-07-30T10:00:00+01:00");
		assertThat(article.get("inLanguage").asString()).isEqualTo("fr");
		assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(BASE + ARTICLE);
		assertThat(article.get("url").asString()).isEqualTo(BASE + ARTICLE);
		assertThat(article.get("description").asString()).isEqualTo(page.selectFirst(".lead").text());
		JsonNode publisher = article.get("publisher");
		assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
		assertThat(publisher.get("name").asString()).isEqualTo("OIM Maroc – Organisation internationale pour les migrations");
		assertThat(publisher.get("logo").get("url").asString()).isEqualTo(BASE + "/img/logo.svg");
		assertThat(article.has("image")).as("no featured image yet").isFalse();
		JsonNode english = ofType(Html.page(this.mvc, "/en/news/iom-becomes-a-related-organization-of-the-united-nations"),
				"NewsArticle");
		assertThat(english.get("inLanguage").asString()).isEqualTo("en");
		assertThat(english.get("publisher").get("name").asString()).isEqualTo("IOM Morocco – International Organization for Migration");
	}

	@Test
	void breadcrumbIsABreadcrumbList() throws Exception {
		Document page = Html.page(this.mvc, ARTICLE);
		JsonNode items = ofType(page, "BreadcrumbList").get("itemListElement");
		assertThat(items).hasSize(3);
		assertThat(items.get(0).get("position").asInt()).isEqualTo(1);
		assertThat(items.get(0).get("name").asString()).isEqualTo("Accueil");
		assertThat(items.get(0).get("item").asString()).isEqualTo(BASE + "/fr");
		assertThat(items.get(1).get("item").asString()).isEqualTo(BASE + "/fr/actualites");
		assertThat(items.get(2).get("position").asInt()).isEqualTo(3);
		assertThat(items.get(2).get("item").asString()).isEqualTo(BASE + ARTICLE);
		assertThat(page.select(".breadcrumb li")).hasSize(3);
		assertThat(blocks(Html.page(this.mvc, "/en/partners"))).singleElement()
			.satisfies((block) -> assertThat(block.get("@type").asString()).isEqualTo("BreadcrumbList"));
	}

	@Test
	void homePageDescribesTheOrganization() throws Exception {
		Document page = Html.page(this.mvc, "/en");
		assertThat(blocks(page)).hasSize(1);
		JsonNode organization = ofType(page, "Organization");
		assertThat(organization.get("name").asString()).isEqualTo("IOM Morocco – International Organization for Migration");
		assertThat(organization.get("url").asString()).isEqualTo(BASE + "/en");
		assertThat(organization.get("logo").get("url").asString()).isEqualTo(BASE + "/img/logo.svg");
		assertThat(organization.get("parentOrganization").get("url").asString()).isEqualTo("https://www.iom.int");
	}

	@Test
	void openGraphAndTwitterCards() throws Exception {
		Document page = Html.page(this.mvc, ARTICLE);
		assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
		assertThat(page.selectFirst("meta[property=og:locale:alternate]").attr("content")).isEqualTo("en_GB");
		assertThat(page.select("meta[property=og:image]")).as("no image: none announced").isEmpty();
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(page.selectFirst("h1").text());
		String description = page.selectFirst("meta[name=description]").attr("content");
		assertThat(description).hasSizeLessThanOrEqualTo(PageMeta.DESCRIPTION_LENGTH).endsWith("…");
		assertThat(page.selectFirst(".lead").text()).startsWith(description.substring(0, description.length() - 1));
		assertThat(page.selectFirst("meta[name=twitter:description]").attr("content")).isEqualTo(description);
	}

	@Test
	void titlesCannotCloseTheJsonLdScript() throws Exception {
		String title = "</script><script>alert(1)</script> <!-- & \"quoted\" \u2028";
		long id = TestArticles.frenchOnly(this.jdbc, "titre-piege", title, title);
		try {
			String html = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/fr/actualites/titre-piege")).andReturn().getResponse().getContentAsString();
			assertThat(html).doesNotContain("<script>alert(1)");
			Document page = org.jsoup.Jsoup.parse(html);
			assertThat(page.select("script")).hasSize(3);
			assertThat(ofType(page, "NewsArticle").get("headline").asString()).isEqualTo(title);
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	@Test
	void excerptCutsLongTextBetweenWords() {
		assertThat(PageMeta.excerpt("  Court  texte ")).isEqualTo("Court texte");
		String excerpt = PageMeta.excerpt("mot ".repeat(100));
		assertThat(excerpt).hasSizeLessThanOrEqualTo(PageMeta.DESCRIPTION_LENGTH).endsWith("mot…");
		assertThat(PageMeta.excerpt("x".repeat(500))).hasSize(PageMeta.DESCRIPTION_LENGTH);
	}

	static List<JsonNode> blocks(Document page) {
		return page.select("script[type=application/ld+json]").stream().map(Element::data).map(JSON::readTree).toList();
	}

	static JsonNode ofType(Document page, String type) {
		return blocks(page).stream()
			.filter((block) -> type.equals(block.get("@type").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + type + " in " + page.location()));
	}

}
