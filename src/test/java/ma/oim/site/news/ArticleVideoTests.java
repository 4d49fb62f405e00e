package ma.oim.site.news;

import java.util.ArrayList;
import java.util.List;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.web.ContentSecurityPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A video an editor names by its address shows as a poster and a link: nothing in the page
 * loads from the video's host, and only that page's Content-Security-Policy lets its
 * player in, once the visitor asks for it.
 */
@SiteTest
class ArticleVideoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final List<Long> articles = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.articles.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void aYoutubeVideoIsAPosterAndALinkAndOnlyItsPageLetsItsPlayerIn() throws Exception {
		String path = publish("Vidéo YouTube", "Un entretien.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nFin.");
		MockHttpServletResponse response = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Document page = Jsoup.parse(response.getContentAsString());

		Element poster = page.selectFirst(".prose figure.video a.video-poster");
		assertThat(poster.attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		assertThat(poster.attr("data-video-player")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
		assertThat(poster.text()).isEqualTo("Regarder la vidéo sur YouTube");
		assertThat(page.select("iframe")).isEmpty();
		assertThat(page.select("[src], [srcset], link[rel~=(stylesheet|preload|icon|modulepreload)]"))
			.allSatisfy((element) -> assertThat(element.attr("src") + element.attr("srcset") + element.attr("href"))
				.as(element.outerHtml())
				.startsWith("/"));

		assertThat(response.getHeader("Content-Security-Policy"))
			.isEqualTo(ContentSecurityPolicy.SITE + "; frame-src https://www.youtube-nocookie.com");
		String other = publish("Sans vidéo", "Un texte.");
		assertThat(this.mvc.perform(get(other)).andReturn().getResponse().getHeader("Content-Security-Policy"))
			.isEqualTo(ContentSecurityPolicy.SITE)
			.doesNotContain("frame-src");
		assertThat(this.mvc.perform(get("/fr")).andReturn().getResponse().getHeader("Content-Security-Policy"))
			.doesNotContain("frame-src");
	}

	@Test
	void aVimeoVideoLetsInVimeosPlayerOnly() throws Exception {
		String path = publish("Vidéo Vimeo", "https://vimeo.com/76979871");
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		Element poster = Jsoup.parse(response.getContentAsString()).selectFirst("a.video-poster");
		assertThat(poster.attr("data-video-player")).isEqualTo("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1");
		assertThat(response.getHeader("Content-Security-Policy")).endsWith("; frame-src https://player.vimeo.com")
			.doesNotContain("youtube");
	}

	/** An organisation page shows a video the same way, and only it lets the player in. */
	@Test
	void anOrganisationPagesVideoIsAPosterToo() throws Exception {
		String before = this.jdbc.queryForObject(
				"select body_html from page_translation where language = 'fr' and path = 'qui-sommes-nous'", String.class);
		this.jdbc.update("update page_translation set body_html = ? where language = 'fr' and path = 'qui-sommes-nous'",
				before + "<p><a href=\"https://vimeo.com/76979871\" rel=\"noopener\">https://vimeo.com/76979871</a></p>");
		try {
			MockHttpServletResponse response = this.mvc.perform(get("/fr/qui-sommes-nous")).andReturn().getResponse();
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.selectFirst(".prose a.video-poster").attr("href")).isEqualTo("https://vimeo.com/76979871");
			assertThat(page.select("iframe")).isEmpty();
			assertThat(response.getHeader("Content-Security-Policy")).endsWith("; frame-src https://player.vimeo.com");
			assertThat(this.mvc.perform(get("/fr/notre-travail")).andReturn().getResponse()
				.getHeader("Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.SITE);
		}
		finally {
			this.jdbc.update("update page_translation set body_html = ? where language = 'fr' and path = 'qui-sommes-nous'",
					before);
		}
	}

	/** Answers the article's French address. */
	private String publish(String title, String body) throws Exception {
		MvcResult saved = this.mvc
			.perform(post("/admin/articles/new").param("texts[fr].title", title + " " + System.nanoTime())
				.param("texts[fr].summary", "Un résumé.")
				.param("texts[fr].body", body)
				.param("action", "publish")
				.with(csrf())
				.with(user("editor@oim.test").roles("EDITOR")))
			.andExpect(status().isFound())
			.andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.articles.add(id);
		return "/fr/actualites/" + this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = 'fr'", String.class, id);
	}

}
