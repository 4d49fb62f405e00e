package ma.oim.site.browser;

import java.util.List;
import java.util.Map;

import ma.oim.site.media.MediaService;
import ma.oim.site.testsupport.ImageArticles;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone downloads to show an article with three photos, before the photos below
 * the fold: at most 80 KB, as Chromium counts it at 390 px (the transfer sizes, headers
 * included, of the document, its stylesheet, scripts and the images it loads at once).
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
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
		Browsers.resize(browser, Browsers.DESKTOP);
	}

	@Test
	void anArticleWithThreePhotosWeighsAtMost80KilobytesOnAPhone() throws Exception {
		ImageArticles.Published published = ImageArticles.publish(this.mvc, this.media, this.jdbc,
				"Trois photos sur un téléphone");
		this.article = published.id();
		ChromeDriver browser = Browsers.withJavaScript();
		Browsers.resize(browser, Browsers.PHONE);
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		// Once without counting: the renditions are made on the first request, as for the first visitor.
		browser.get("http://localhost:" + this.port + published.frenchPath());
		browser.get("http://localhost:" + this.port + published.frenchPath());

		@SuppressWarnings("unchecked")
		Map<String, Object> weight = (Map<String, Object>) browser.executeScript(WEIGHT);
		long total = ((Number) weight.get("total")).longValue();
		String parts = (String) weight.get("parts");
		System.out.println("Article with three photos, phone (390 px), before the photos below the fold: " + total
				+ " bytes " + parts);
		assertThat(parts).as("the lead photo, as WebP at the phone's width").contains("/w/480.webp");
		assertThat(weight.get("lazyBelowFold")).as("the lazy photos loaded are below the fold").isEqualTo(true);
		assertThat(total).as("bytes transferred: %s", parts).isLessThanOrEqualTo(BUDGET);
		assertThat(List.of(parts.split("\\],\\["))).hasSizeGreaterThanOrEqualTo(3);
	}

}
