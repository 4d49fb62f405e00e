package ma.oim.site.i18n;

import java.net.URI;
import java.util.List;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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

	@Autowired
	JdbcTemplate jdbc;

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

	/** An image is described in the fourth language too: its field, its search, its pages. */
	@Test
	void anImageIsDescribedInTheFourthLanguage() throws Exception {
		String word = "ⴰⵎⵙⴰⵙⴰ" + System.nanoTime();
		MvcResult uploaded = this.mvc
			.perform(multipart("/admin/media").file(new MockMultipartFile("file", "zgh.jpg", "image/jpeg",
					TestImages.jpeg(800, 600)))
				.param("alt[fr]", "Une réunion")
				.param("alt[zgh]", "ⵜⴰⵎⵓⵏⵜ " + word)
				.with(csrf())
				.with(user("editor@oim.test").roles("EDITOR")))
			.andExpect(status().isFound())
			.andReturn();
		long image = Long.parseLong(uploaded.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		Document item = Jsoup.parse(this.mvc.perform(get("/admin/media/" + image)
			.with(user("editor@oim.test").roles("EDITOR"))).andReturn().getResponse().getContentAsString());
		assertThat(item.selectFirst("input[name='alt[zgh]']").val()).isEqualTo("ⵜⴰⵎⵓⵏⵜ " + word);
		assertThat(item.selectFirst("input[name='alt[zgh]']").attr("lang")).isEqualTo("zgh");
		assertThat(item.selectFirst("input[name='caption[zgh]']")).isNotNull();
		Document found = Jsoup.parse(this.mvc.perform(get("/admin/media").param("q", word)
			.with(user("editor@oim.test").roles("EDITOR"))).andReturn().getResponse().getContentAsString());
		assertThat(found.select(".media-card a[href='/admin/media/" + image + "']")).isNotEmpty();

		String title = "Tamazight " + System.nanoTime();
		MvcResult saved = this.mvc
			.perform(multipart("/admin/articles/new").file(new MockMultipartFile("imageFile", "photo.jpg", "image/jpeg",
					TestImages.photo(1600, 1067, 1)))
				.param("image.alt[fr]", "Des participants")
				.param("image.alt[zgh]", "ⵉⵎⴷⵔⴰⵡⵏ")
				.param("texts[fr].title", title)
				.param("texts[fr].summary", "Un résumé.")
				.param("texts[fr].body", "Un texte.\n\n![](media:" + image + ")")
				.param("texts[zgh].title", "ⴰⵎⴰⵖⵏⵓ " + Math.abs(title.hashCode()))
				.param("texts[zgh].summary", "ⴰⵣⵔⴰⴱ.")
				.param("texts[zgh].body", "ⴰⴹⵔⵉⵙ.\n\n![](media:" + image + ")")
				.param("action", "publish")
				.with(csrf())
				.with(user("editor@oim.test").roles("EDITOR")))
			.andExpect(status().isFound())
			.andReturn();
		long article = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		try {
			String slug = this.jdbc.queryForObject(
					"select slug from article_translation where article_id = ? and language = 'zgh'", String.class, article);
			Document page = Jsoup.parse(this.mvc.perform(get(URI.create(SitePaths.article(Language.forCode("zgh"), slug))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.selectFirst("figure.featured img").attr("alt")).isEqualTo("ⵉⵎⴷⵔⴰⵡⵏ");
			assertThat(page.selectFirst("article img[src^='/media/" + image + "/']").attr("alt"))
				.isEqualTo("ⵜⴰⵎⵓⵏⵜ " + word);
		}
		finally {
			this.jdbc.update("delete from article where id = ?", article);
			this.jdbc.update("delete from media where id = ?", image);
		}
	}

}
