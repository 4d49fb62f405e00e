package ma.oim.site.i18n;

import java.util.List;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.web.SitePaths;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application started with a fourth language, Standard Moroccan Tamazight in
 * Tifinagh ({@code zgh}, a three-letter code), given only what the issue allows: the
 * property, a bundle ({@code src/test/resources/i18n/messages_zgh.properties}) and one
 * row of reference data ({@code db/fourth-language}). Its pages answer, in its language
 * and under its own URL segments, and every other page names it. Runs in a JVM of its own
 * (the pom's {@code fourth-language} execution): the languages are set once per JVM.
 */
@SiteTest
@TestPropertySource(properties = { "oim.site.languages=fr,en,ar,zgh",
		"spring.flyway.locations=classpath:db/migration,classpath:db/fourth-language" })
class FourthLanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theFourthLanguagesPagesAnswerInItUnderItsOwnSegments() throws Exception {
		assertThat(Language.codes()).containsExactly("fr", "en", "ar", "zgh");
		for (String path : List.of("/zgh", "/zgh/ⵉⵏⵖⵎⵉⵙⵏ", "/zgh/ⵉⵎⴷⵓⴽⴽⴰⵍ", "/zgh/ⴰⵔⵣⵣⵓ?q=migration",
				"/zgh/ⵉⵏⵖⵎⵉⵙⵏ?page=2")) {
			Document page = Html.page(this.mvc, path);
			assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("zgh");
			assertThat(page.selectFirst("html").attr("dir")).as(path).isEqualTo("ltr");
			assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("zgh_MA");
		}
		this.mvc.perform(get("/zgh/ⵉⵏⵖⵎⵉⵙⵏ/feed.atom")).andExpect(status().isOk());
	}

	@Test
	void everyPageNamesTheFourthLanguageInItsOwnScript() throws Exception {
		Document french = Html.page(this.mvc, "/fr/actualites");
		assertThat(french.selectFirst("link[hreflang=zgh]").attr("href"))
			.endsWith(SitePaths.encode("/zgh/ⵉⵏⵖⵎⵉⵙⵏ"));
		assertThat(french.select(".language-switcher a").eachText()).containsExactly("English", "العربية", "ⵜⴰⵎⴰⵣⵉⵖⵜ");
		assertThat(french.select("meta[property=og:locale:alternate]").eachAttr("content"))
			.containsExactly("en_GB", "ar_MA", "zgh_MA");
	}

	@Test
	void itsNewsListShowsTheUntranslatedArticlesMarkedInFrench() throws Exception {
		Document list = Html.page(this.mvc, "/zgh/ⵉⵏⵖⵎⵉⵙⵏ");
		assertThat(list.select("main article")).isNotEmpty();
		assertThat(list.select("main article .card-title[lang=fr]")).isNotEmpty();
		// An article has no Tamazight version: the switcher of the French one says so, in Tamazight.
		Document article = Html.page(this.mvc,
				"/fr/actualites/cop22-la-mobilite-humaine-au-coeur-des-preoccupations-du-maroc");
		assertThat(article.selectFirst(".language-switcher .unavailable[lang=zgh]").text())
			.isEqualTo("ⵓⵔ ⵜⵍⵍⵉ ⵜⵓⵏⵖⵉⵍⵜ ⵙ ⵜⵎⴰⵣⵉⵖⵜ");
	}

}
