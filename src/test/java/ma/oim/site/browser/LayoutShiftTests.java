package ma.oim.site.browser;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ma.oim.site.browser.PageTypes.PageType;
import ma.oim.site.testsupport.SampleCall;
import ma.oim.site.testsupport.SamplePressRelease;
import ma.oim.site.testsupport.SampleStory;
import ma.oim.site.testsupport.SampleEvent;
import ma.oim.site.testsupport.SamplePublication;
import ma.oim.site.media.MediaService;
import ma.oim.site.testsupport.ImageArticles;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing moves once painted: every public page type, in every language, at phone and
 * desktop widths, with and without JavaScript, loads with a cumulative layout shift of at
 * most 0.01, as Chromium's PerformanceObserver counts it. On a slow phone network the
 * scripts and images of a page arrive after its first paint; the test makes that the rule,
 * delaying them by a second (DevTools protocol, {@code Network.emulateNetworkConditionsByRule}),
 * so that whatever they change after the first paint shows up as the shift it causes on
 * every run, not only when the race goes badly.
 */
@RequiresChromium
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutShiftTests {

	static final double LIMIT = 0.01;

	static final List<Dimension> WIDTHS = List.of(Browsers.PHONE, Browsers.DESKTOP);

	/**
	 * The layout shifts of the page so far (its buffered entries, read at once), leaving out
	 * those that follow an input, as the CLS metric does. Synchronous: a page without
	 * JavaScript runs no timer or callback, but the driver's own scripts still run.
	 */
	static final String CUMULATIVE_SHIFT = """
			var observer = new PerformanceObserver(function () {});
			observer.observe({ type: 'layout-shift', buffered: true });
			var total = 0;
			observer.takeRecords().forEach(function (entry) { if (!entry.hadRecentInput) { total += entry.value; } });
			observer.disconnect();
			return total;
			""";

	/** What arrives late: scripts, the site's images and uploaded pictures (the stylesheet holds the first paint anyway). */
	static final List<Map<String, Object>> LATE = Stream.of("*://*:*/js/*", "*://*:*/img/*", "*://*:*/media/*")
		.map((pattern) -> Map.<String, Object>of("urlPattern", pattern, "latency", 1000, "downloadThroughput", -1,
				"uploadThroughput", -1))
		.toList();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaService media;

	@Autowired
	JdbcTemplate jdbc;

	/** An article with photos and a video, published on first use. */
	ImageArticles.Published withPhotos;

	static Stream<Arguments> pages() {
		return Stream.of(true, false)
			.flatMap((script) -> PageTypes.PUBLIC.stream()
				.flatMap((type) -> PageTypes.LANGUAGES.stream()
					.flatMap((language) -> WIDTHS.stream()
						.map((width) -> Arguments.of(type, language, Browsers.widthName(width), width,
								script ? "JavaScript" : "no JavaScript")))));
	}

	@ParameterizedTest(name = "{0} ({1}, {2}, {4})")
	@MethodSource("pages")
	void nothingMovesWhileThePageLoads(PageType type, String language, String widthName, Dimension width,
			String script) {
		SamplePublication.ensure(this.jdbc);
		SampleEvent.ensure(this.jdbc);
		SampleCall.ensure(this.jdbc);
		SamplePressRelease.ensure(this.jdbc);
		SampleStory.ensure(this.jdbc);
		ChromeDriver browser = "JavaScript".equals(script) ? Browsers.withJavaScript() : Browsers.withoutJavaScript();
		double shift = load(browser, width, type.path(language));
		assertThat(shift).as("cumulative layout shift of %s (%s, %s, %s)", type, language, widthName, script)
			.isLessThanOrEqualTo(LIMIT);
	}

	static Stream<Arguments> articleWithPhotos() {
		return Stream.of(true, false)
			.flatMap((script) -> PageTypes.LANGUAGES.stream()
				.flatMap((language) -> WIDTHS.stream()
					.map((width) -> Arguments.of(language, Browsers.widthName(width), width,
							script ? "JavaScript" : "no JavaScript"))));
	}

	/** Its photos arrive late, the lazy ones later still, and its video's poster turns into a button. */
	@ParameterizedTest(name = PageTypes.ARTICLE_WITH_PHOTOS + " ({0}, {1}, {3})")
	@MethodSource("articleWithPhotos")
	void nothingMovesWhileAnArticleWithPhotosLoads(String language, String widthName, Dimension width, String script)
			throws Exception {
		if (this.withPhotos == null) {
			this.withPhotos = ImageArticles.publish(this.mvc, this.media, this.jdbc, "Photos sans décalage", true);
		}
		ChromeDriver browser = "JavaScript".equals(script) ? Browsers.withJavaScript() : Browsers.withoutJavaScript();
		double shift = load(browser, width, this.withPhotos.path(language));
		assertThat(browser.findElements(By.cssSelector(".prose picture img"))).hasSize(2);
		if (!"JavaScript".equals(script)) {
			// Without scripts Chromium loads every image at once (no lazy loading): the load above saw them all.
			assertThat(shift).as("cumulative layout shift of %s (%s, %s, %s)", PageTypes.ARTICLE_WITH_PHOTOS, language,
					widthName, script).isLessThanOrEqualTo(LIMIT);
			return;
		}
		// Scrolled to the end, the lazy photos load: they take the place kept for them.
		browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "window.scrollTo(0, document.body.scrollHeight);"
				+ "var images = Array.from(document.images);"
				+ "var check = function () { if (images.every(function (img) { return img.complete; })) { done(); } else { setTimeout(check, 50); } };"
				+ "check();");
		Number afterScroll = (Number) browser.executeScript(CUMULATIVE_SHIFT);
		assertThat(Math.max(shift, afterScroll.doubleValue()))
			.as("cumulative layout shift of %s (%s, %s, %s)", PageTypes.ARTICLE_WITH_PHOTOS, language, widthName, script)
			.isLessThanOrEqualTo(LIMIT);
	}

	@AfterAll
	void deleteTheArticleWithPhotos() {
		if (this.withPhotos != null) {
			this.jdbc.update("delete from article where id = ?", this.withPhotos.id());
		}
		SampleEvent.delete(this.jdbc);
		SampleCall.delete(this.jdbc);
		SamplePressRelease.delete(this.jdbc);
		SampleStory.delete(this.jdbc);
	}

	/** The measure sees a shift: a block inserted at the top after the first paint counts. */
	@Test
	void theMeasureSeesAShift() {
		ChromeDriver browser = Browsers.withJavaScript();
		load(browser, Browsers.PHONE, "/fr");
		// The shift is recorded when the next frames render: wait for two of them before reading it.
		browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "var p = document.createElement('p'); p.style.height = '300px';"
				+ "document.body.insertBefore(p, document.body.firstChild);"
				+ "requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 50); }); });");
		Number shift = (Number) browser.executeScript(CUMULATIVE_SHIFT);
		assertThat(shift.doubleValue()).isGreaterThan(LIMIT);
	}

	@AfterAll
	void restore() {
		for (ChromeDriver browser : List.of(Browsers.withJavaScript(), Browsers.withoutJavaScript())) {
			browser.executeCdpCommand("Network.emulateNetworkConditionsByRule",
					Map.of("offline", false, "matchedNetworkConditions", List.of()));
			browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
			Browsers.resize(browser, Browsers.DESKTOP);
		}
	}

	/** Loads the page without cache, its scripts and images a second late, and returns its cumulative layout shift. */
	double load(ChromeDriver browser, Dimension width, String path) {
		Browsers.resize(browser, width);
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		browser.executeCdpCommand("Network.emulateNetworkConditionsByRule",
				Map.of("offline", false, "matchedNetworkConditions", LATE));
		browser.get("http://localhost:" + this.port + path);
		Number shift = (Number) browser.executeScript(CUMULATIVE_SHIFT);
		return shift.doubleValue();
	}

}
