package ma.oim.site.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ma.oim.site.media.MediaService;
import ma.oim.site.testsupport.ImageArticles;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone downloads to show an article with three photos, before the photos below
 * the fold: at most 80 KB, as Chromium counts it at 390 px (the transfer sizes, headers
 * included, of the document, its stylesheet, scripts and the images it loads at once), at
 * one, two and three device pixels per CSS pixel. src/bench/phone-weight.js counts the
 * same on the benchmark's jar.
 */
@RequiresChromium
@SiteTest
class PhoneWeightTests {

	static final long BUDGET = 80 * 1024;

	/**
	 * The transfer sizes the page has cost so far, but for the lazy images still to come;
	 * and the lazy images it did load, with whether each is below the fold (a lazy image
	 * on screen would be counted as any other).
	 */
	static final String WEIGHT = """
			var lazy = {};
			document.querySelectorAll('img[loading=lazy]').forEach(function (img) {
			  if (img.currentSrc) { lazy[new URL(img.currentSrc, location.href).href] = img.getBoundingClientRect().top >= innerHeight; }
			});
			var navigation = performance.getEntriesByType('navigation')[0];
			var parts = [['document', navigation.transferSize]];
			var total = navigation.transferSize;
			var belowFold = true;
			performance.getEntriesByType('resource').forEach(function (entry) {
			  if (entry.name in lazy) { belowFold = belowFold && lazy[entry.name]; return; }
			  parts.push([entry.name.replace(location.origin, ''), entry.transferSize]);
			  total += entry.transferSize;
			});
			return { total: total, parts: JSON.stringify(parts), lazyBelowFold: belowFold };
			""";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaService media;

	@Autowired
	JdbcTemplate jdbc;

	Long article;

	@AfterEach
	void cleanUp() {
		if (this.article != null) {
			this.jdbc.update("delete from article where id = ?", this.article);
		}
		ChromeDriver browser = Browsers.withJavaScript();
		// Away from the article first: at desktop size its lazy photos would load, and make
		// renditions while the next test counts them.
		browser.get("about:blank");
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
		Browsers.resize(browser, Browsers.DESKTOP);
	}

	@ParameterizedTest(name = "{0} device pixels per CSS pixel")
	@ValueSource(doubles = { 1, 2, 3 })
	void anArticleWithThreePhotosWeighsAtMost80KilobytesOnAPhone(double devicePixelRatio) throws Exception {
		ImageArticles.Published published = ImageArticles.publish(this.mvc, this.media, this.jdbc,
				"Trois photos sur un téléphone");
		this.article = published.id();
		ChromeDriver browser = Browsers.withJavaScript();
		Browsers.resize(browser, Browsers.PHONE, devicePixelRatio);
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		// Once without counting: the renditions are made on the first request, as for the first visitor.
		browser.get("http://localhost:" + this.port + published.frenchPath());
		browser.get("http://localhost:" + this.port + published.frenchPath());
		// Counted once the page has loaded and its lead photo has arrived, however busy the machine.
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> Boolean.TRUE.equals(browser.executeScript(
				"return document.readyState === 'complete' && document.querySelector('.featured img').complete"
						+ " && performance.getEntriesByType('resource').some((e) => e.name.includes('/media/'))")));

		@SuppressWarnings("unchecked")
		Map<String, Object> weight = (Map<String, Object>) browser.executeScript(WEIGHT);
		long total = ((Number) weight.get("total")).longValue();
		String parts = (String) weight.get("parts");
		System.out.println("Article with three photos, phone (390 px, " + devicePixelRatio
				+ " device pixels per CSS pixel), before the photos below the fold: " + total + " bytes " + parts);
		assertThat(parts).as("the lead photo, as WebP for the phone's width and density")
			.contains((devicePixelRatio < 1.5) ? "/w/480.webp" : "/d/960.webp");
		assertThat(weight.get("lazyBelowFold")).as("the lazy photos loaded are below the fold").isEqualTo(true);
		assertThat(total).as("bytes transferred: %s", parts).isLessThanOrEqualTo(BUDGET);
		assertThat(List.of(parts.split("\\],\\["))).hasSizeGreaterThanOrEqualTo(3);
	}

}
