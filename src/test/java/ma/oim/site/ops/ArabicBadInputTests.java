package ma.oim.site.ops;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile input on the Arabic site, through Tomcat: a 5,000-character Arabic slug,
 * invalid UTF-8 in an /ar/ path, bidirectional controls in titles and queries. Never a
 * 500; a localized error page; no bidirectional control of the visitor's or the
 * editor's reaches a page.
 */
@SiteTest
class ArabicBadInputTests {

	/** Embeddings, overrides, isolates and marks: what can reorder text around it. */
	static final String CONTROLS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anArabicSlugOfFiveThousandCharactersIsNotFoundNeverAnError() {
		String path = SitePaths.encode("/ar/الأخبار/" + "ب".repeat(5_000));
		HttpResponse<String> response = HttpPages.get(this.port, path);
		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).doesNotContain("Exception", "at ma.oim");
		HttpResponse<String> shorter = HttpPages.get(this.port, SitePaths.encode("/ar/الأخبار/" + "ب".repeat(1_000)));
		assertThat(shorter.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(shorter.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
	}

	@Test
	void invalidUtf8InAnArabicPathIsAClientErrorNeverAServerOne() {
		for (String path : new String[] { "/ar/%FF%FE", "/ar/%D8%A7%D9", "/ar/%C3%28", "/ar/%E2%80%AE",
				"/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%FF", "/ar/%D8%A8%D8%AD%D8%AB?q=%FF%FE" }) {
			HttpResponse<String> response = HttpPages.get(this.port, path);
			assertThat(response.statusCode()).as(path).isBetween(200, 499).isNotIn(401, 403);
			assertThat(response.body()).as(path).doesNotContain("Exception", "at ma.oim", "\u202E");
		}
	}

	@Test
	void bidirectionalControlsInAQueryNeverReachThePage() {
		String query = "\u202Eالهجرة\u2066 OIM\u200F";
		HttpResponse<String> response = HttpPages.get(this.port,
				SitePaths.encode("/ar/بحث") + "?q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("#search-q").attr("value")).isEqualTo("الهجرة OIM");
		assertThat(page.selectFirst("#search-q").attr("dir")).isEqualTo("auto");
		// The page's own isolates around the quoted query, balanced; nothing of the visitor's.
		String body = response.body();
		assertThat(body.replace("\u2068الهجرة OIM\u2069", "")).doesNotContainPattern("[" + CONTROLS + "]");
	}

	@Test
	void bidirectionalControlsInTitlesAreStrippedWhenSaved() throws Exception {
		String marker = Long.toString(System.nanoTime());
		this.mvc
			.perform(post("/admin/articles/new").with(csrf())
				.with(user("editeur@oim.test").roles("EDITOR"))
				.param("texts[fr].title", "\u202EArticle piégé\u202C " + marker)
				.param("texts[fr].summary", "Résumé \u2067caché\u2069.")
				.param("texts[ar].title", "\u202Bعنوان\u200F " + marker)
				.param("texts[ar].summary", "ملخص\u200F.")
				.param("action", "publish"))
			.andExpect(status().isFound());
		String french = this.jdbc.queryForObject(
				"select title || summary from article_translation where language = 'fr' and title like ?", String.class,
				"%" + marker);
		String arabic = this.jdbc.queryForObject(
				"select title || '|' || slug || '|' || summary from article_translation where language = 'ar' and title like ?",
				String.class, "%" + marker);
		assertThat(french).isEqualTo("Article piégé " + marker + "Résumé caché.");
		// The title and slug lose every control; a long text keeps only the marks, which reorder nothing beyond.
		assertThat(arabic).isEqualTo("عنوان " + marker + "|عنوان-" + marker + "|ملخص\u200F.");
		try {
			HttpResponse<String> page = HttpPages.get(this.port, SitePaths.encode("/ar/الأخبار/عنوان-" + marker));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("عنوان " + marker);
		}
		finally {
			// The other tests count the seeded articles: this one goes.
			this.jdbc.update("delete from article where id = (select article_id from article_translation "
					+ "where language = 'fr' and title = ?)", "Article piégé " + marker);
		}
	}

}
