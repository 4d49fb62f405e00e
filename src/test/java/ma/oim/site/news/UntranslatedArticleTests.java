package ma.oim.site.news;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An article written only in French, as English readers meet it. */
@SiteTest
class UntranslatedArticleTests {

	static final String SLUG = "article-uniquement-en-francais";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	long articleId;

	@BeforeEach
	void insertFrenchOnlyArticle() {
		this.articleId = TestArticles.frenchOnly(this.jdbc, SLUG, "Article uniquement en français",
				"Un chapô en français.");
	}

	@AfterEach
	void deleteIt() {
		this.jdbc.update("delete from article where id = ?", this.articleId);
	}

	@Test
	void englishListShowsItInFrenchWithAMarkAndTheFrenchLanguage() throws Exception {
		Document list = Html.page(this.mvc, "/en/news?year=2019");
		Element card = list.selectFirst("article.card");
		assertThat(card.selectFirst("h2").attr("lang")).isEqualTo("fr");
		assertThat(card.selectFirst(".card-summary").attr("lang")).isEqualTo("fr");
		assertThat(card.selectFirst(".badge").text()).isEqualTo("In French");
		assertThat(card.selectFirst("h2 a").attr("href")).isEqualTo("/fr/actualites/" + SLUG);
		assertThat(card.selectFirst("time").text()).isEqualTo("2 May 2019");
	}

	@Test
	void frenchPageSaysThereIsNoEnglishVersionInsteadOfADeadLink() throws Exception {
		Document article = Html.page(this.mvc, "/fr/actualites/" + SLUG);
		assertThat(article.select(".language-switcher a")).isEmpty();
		// Said in the missing language, to the reader who looks for it.
		assertThat(article.selectFirst(".language-switcher .unavailable[lang=en]").text()).isEqualTo("No English version");
		assertThat(article.select("link[hreflang=en]")).isEmpty();
		assertThat(article.select("link[hreflang=fr]")).hasSize(1);
		assertThat(article.select("meta[property=og:locale:alternate]")).isEmpty();
		this.mvc.perform(get("/en/news/" + SLUG)).andExpect(status().isNotFound());
	}

	@Test
	void frenchListShowsItWithoutAMark() throws Exception {
		Element card = Html.page(this.mvc, "/fr/actualites?year=2019").selectFirst("article.card");
		assertThat(card.select(".badge")).isEmpty();
		assertThat(card.selectFirst("h2").hasAttr("lang")).isFalse();
	}

}
