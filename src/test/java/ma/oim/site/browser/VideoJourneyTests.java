package ma.oim.site.browser;

import java.util.List;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A visitor and a video, in Chromium: until they play it, the page has asked nothing of
 * any host but the site (Resource Timing lists every request the page made); their click
 * puts the host's player in the poster's place, and the page's Content-Security-Policy
 * lets it in. Without JavaScript the poster is a link to the video on its host.
 */
@RequiresChromium
@SiteTest
class VideoJourneyTests {

	/** The origins the page has requested anything from, its own document included. */
	static final String ORIGINS = """
			var origins = [location.origin];
			performance.getEntriesByType('resource').forEach(function (entry) { origins.push(new URL(entry.name).origin); });
			return origins;
			""";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Long article;

	String path;

	@BeforeEach
	void publishAnArticleWithAVideo() throws Exception {
		MvcResult saved = this.mvc
			.perform(post("/admin/articles/new").param("texts[fr].title", "Un entretien filmé " + System.nanoTime())
				.param("texts[fr].summary", "Un entretien en vidéo.")
				.param("texts[fr].body", "Notre entretien :\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nBonne écoute.")
				.param("action", "publish")
				.with(csrf())
				.with(user("editor@oim.test").roles("EDITOR")))
			.andReturn();
		this.article = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.path = "/fr/actualites/" + this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = 'fr'", String.class,
				this.article);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from article where id = ?", this.article);
	}

	@Test
	void nothingIsAskedOfTheVideoHostBeforeTheClickThenItsPlayerReplacesThePoster() {
		ChromeDriver browser = Browsers.withJavaScript();
		SignIn.forget(browser, base());
		Browsers.resize(browser, Browsers.DESKTOP);
		browser.get(base() + this.path);
		browser.executeScript("window.violations = [];"
				+ "document.addEventListener('securitypolicyviolation', function (event) {"
				+ "  window.violations.push(event.violatedDirective + ' ' + event.blockedURI); });");

		@SuppressWarnings("unchecked")
		List<String> before = (List<String>) browser.executeScript(ORIGINS);
		assertThat(before).as("origins requested before the click").containsOnly(base());
		assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();

		WebElement poster = browser.findElement(By.cssSelector("a.video-poster"));
		assertThat(poster.getAttribute("role")).isEqualTo("button");
		poster.click();
		WebElement player = SignIn.wait(browser)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.video iframe")));
		assertThat(player.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
		assertThat(player.getAttribute("title")).isEqualTo("Lecteur vidéo YouTube");
		assertThat(browser.findElements(By.cssSelector("a.video-poster"))).isEmpty();
		assertThat(browser.executeScript("return window.violations")).as("refused by the Content-Security-Policy")
			.isEqualTo(List.of());
	}

	@Test
	void withoutJavaScriptThePosterIsALinkToTheVideo() {
		ChromeDriver browser = Browsers.withoutJavaScript();
		Browsers.resize(browser, Browsers.DESKTOP);
		browser.get(base() + this.path);
		WebElement poster = browser.findElement(By.cssSelector("a.video-poster"));
		assertThat(poster.getAttribute("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		assertThat(poster.getAttribute("role")).isNull();
		assertThat(poster.getText()).isEqualTo("Regarder la vidéo sur YouTube");
		assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
