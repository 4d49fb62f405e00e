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
import ma.oim.site.testsupport.TestArticles;
import ma.oim.site.testsupport.browser.Axe;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on any kind of page, in French and English,
 * at desktop and phone widths, in Chromium with JavaScript (so the phone menu is the
 * script's toggle, as most visitors get it); and none on the public pages in the dark
 * colour scheme ({@code prefers-color-scheme: dark}, emulated), which has colours of its own.
 */
@RequiresChromium
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTests {

	static final List<Dimension> WIDTHS = List.of(Browsers.DESKTOP, Browsers.PHONE);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaService media;

	ChromeDriver browser;

	/** An article with photos and a video, published on first use. */
	ImageArticles.Published withPhotos;

	/** Signs in once, before the first test (the back-office pages need it; public pages are the same). */
	@BeforeEach
	void signIn() {
		SamplePublication.ensure(this.jdbc);
		SampleEvent.ensure(this.jdbc);
		SampleCall.ensure(this.jdbc);
		SamplePressRelease.ensure(this.jdbc);
		SampleStory.ensure(this.jdbc);
		if (this.browser == null) {
			this.browser = Browsers.withJavaScript();
			SignIn.forget(this.browser, base());
			Browsers.resize(this.browser, Browsers.DESKTOP);
			SignIn.as(this.browser, base(), SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD, "fr");
		}
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

	@AfterAll
	void signOut() {
		if (this.browser != null) {
			Browsers.resize(this.browser, Browsers.DESKTOP);
			SignIn.forget(this.browser, base());
		}
	}

	static Stream<Arguments> pages() {
		return PageTypes.all()
			.flatMap((type) -> PageTypes.LANGUAGES.stream()
				.filter((language) -> type.path(language) != null)
				.flatMap((language) -> WIDTHS.stream()
					.map((width) -> Arguments.of(type, language, Browsers.widthName(width), width))));
	}

	static Stream<Arguments> publicPages() {
		return PageTypes.PUBLIC.stream()
			.flatMap((type) -> PageTypes.LANGUAGES.stream()
				.flatMap((language) -> WIDTHS.stream()
					.map((width) -> Arguments.of(type, language, Browsers.widthName(width), width))));
	}

	static Stream<Arguments> languagesAndWidths() {
		return PageTypes.BACK_OFFICE_LANGUAGES.stream()
			.flatMap((language) -> WIDTHS.stream().map((width) -> Arguments.of(language, Browsers.widthName(width), width)));
	}

	@ParameterizedTest(name = "{0} ({1}, {2})")
	@MethodSource("pages")
	void noViolation(PageType type, String language, String widthName, Dimension width) {
		Browsers.resize(this.browser, width);
		this.browser.get(base() + type.path(language));
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("dir"))
			.isEqualTo("ar".equals(language) ? "rtl" : "ltr");
		assertFitsTheWidth(type.name() + " (" + language + ", " + widthName + ")");
		Axe.assertNoViolations(this.browser, type.name() + " (" + language + ", " + widthName + ")");
	}

	@ParameterizedTest(name = "{0} ({1}, {2}, dark)")
	@MethodSource("publicPages")
	void noViolationInTheDarkScheme(PageType type, String language, String widthName, Dimension width) {
		String name = type.name() + " (" + language + ", " + widthName + ", dark)";
		Browsers.resize(this.browser, width);
		emulateColorScheme("dark");
		try {
			this.browser.get(base() + type.path(language));
			Object background = this.browser
				.executeScript("return getComputedStyle(document.body).backgroundColor;");
			assertThat(background).as(name + ": the dark scheme applies").isEqualTo("rgb(15, 23, 41)");
			Axe.assertNoViolations(this.browser, name);
		}
		finally {
			emulateColorScheme("");
		}
	}

	@ParameterizedTest(name = PageTypes.EDITOR_WITH_ERRORS + " ({0}, {1})")
	@MethodSource("languagesAndWidths")
	void editorWithValidationErrorsHasNoViolation(String language, String widthName, Dimension width) {
		Browsers.resize(this.browser, width);
		this.browser.get(base() + "/admin/articles/new?lang=" + language);
		this.browser.findElement(By.id("texts[en].summary")).sendKeys("A summary without a title");
		this.browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
		SignIn.wait(this.browser).until((driver) -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		assertFitsTheWidth(PageTypes.EDITOR_WITH_ERRORS + " (" + language + ", " + widthName + ")");
		Axe.assertNoViolations(this.browser, PageTypes.EDITOR_WITH_ERRORS + " (" + language + ", " + widthName + ")");
	}

	@ParameterizedTest(name = PageTypes.EDITOR_OUT_OF_DATE + " ({0}, {1})")
	@MethodSource("languagesAndWidths")
	void editorWithATranslationOutOfDateHasNoViolation(String language, String widthName, Dimension width) {
		long id = TestArticles.withTranslationOutOfDate(this.jdbc, "accessibility-out-of-date");
		try {
			Browsers.resize(this.browser, width);
			this.browser.get(base() + "/admin/articles/" + id + "?lang=" + language);
			assertThat(this.browser.findElements(By.cssSelector("#check-en del"))).isNotEmpty();
			String name = PageTypes.EDITOR_OUT_OF_DATE + " (" + language + ", " + widthName + ")";
			assertFitsTheWidth(name);
			Axe.assertNoViolations(this.browser, name);
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	@ParameterizedTest(name = WaitingReview.NAME + " ({0}, {1})")
	@MethodSource("languagesAndWidths")
	void reviewPagesOfAnArticleWaitingHaveNoViolation(String language, String widthName, Dimension width) {
		long id = WaitingReview.create(this.jdbc, "accessibility-review");
		try {
			Browsers.resize(this.browser, width);
			for (String path : List.of("/admin/review", "/admin/articles/" + id + "/review", "/admin")) {
				this.browser.get(base() + path + "?lang=" + language);
				String name = WaitingReview.NAME + " " + path + " (" + language + ", " + widthName + ")";
				assertThat(this.browser.getPageSource()).as(name).contains("Le bureau de Tanger");
				assertFitsTheWidth(name);
				Axe.assertNoViolations(this.browser, name);
			}
			assertThat(this.browser.findElements(By.cssSelector("#to-review + ul a"))).isNotEmpty();
			// The review page with the form's errors, as a reviewer who sent an empty reason sees it.
			this.browser.get(base() + "/admin/articles/" + id + "/review?lang=" + language);
			this.browser.findElement(By.cssSelector("form[action$='/send-back'] button")).click();
			SignIn.wait(this.browser).until((driver) -> !driver.findElements(By.id("reason-error")).isEmpty());
			String name = WaitingReview.NAME + ", reason missing (" + language + ", " + widthName + ")";
			assertFitsTheWidth(name);
			Axe.assertNoViolations(this.browser, name);
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	@ParameterizedTest(name = PageTypes.MEDIA_ITEM + " ({0}, {1})")
	@MethodSource("languagesAndWidths")
	void mediaLibraryWithAnImageHasNoViolation(String language, String widthName, Dimension width) {
		long id = TestArticles.libraryImage(this.jdbc, "accessibility-" + language + ".jpg");
		try {
			Browsers.resize(this.browser, width);
			for (String path : List.of("/admin/media/" + id, "/admin/media", "/admin", "/admin/articles/new")) {
				this.browser.get(base() + path + "?lang=" + language);
				assertThat(this.browser.getPageSource()).contains("accessibility-" + language + ".jpg");
				String name = PageTypes.MEDIA_ITEM + " " + path + " (" + language + ", " + widthName + ")";
				assertFitsTheWidth(name);
				Axe.assertNoViolations(this.browser, name);
			}
		}
		finally {
			this.jdbc.update("delete from media where id = ?", id);
		}
	}

	@ParameterizedTest(name = PageTypes.ARTICLE_WITH_PHOTOS + " ({0}, {1})")
	@MethodSource("languagesAndWidths")
	void articleWithPhotosAndAVideoHasNoViolation(String language, String widthName, Dimension width) throws Exception {
		if (this.withPhotos == null) {
			this.withPhotos = ImageArticles.publish(this.mvc, this.media, this.jdbc, "Accessibilité des photos", true);
		}
		Browsers.resize(this.browser, width);
		this.browser.get(base() + this.withPhotos.path(language));
		assertThat(this.browser.findElements(By.cssSelector(".prose picture img"))).hasSize(2);
		assertThat(this.browser.findElements(By.cssSelector("a.video-poster"))).hasSize(1);
		String name = PageTypes.ARTICLE_WITH_PHOTOS + " (" + language + ", " + widthName + ")";
		assertFitsTheWidth(name);
		Axe.assertNoViolations(this.browser, name);
	}

	@ParameterizedTest(name = PageTypes.FOCAL_POINT + " ({0}, {1})")
	@MethodSource("languagesAndWidths")
	void focalPointScreenHasNoViolation(String language, String widthName, Dimension width) throws Exception {
		if (this.withPhotos == null) {
			this.withPhotos = ImageArticles.publish(this.mvc, this.media, this.jdbc, "Accessibilité des photos", true);
		}
		long image = this.jdbc.queryForObject("select featured_image_id from article where id = ?", Long.class,
				this.withPhotos.id());
		Browsers.resize(this.browser, width);
		this.browser.get(base() + "/admin/media/" + image + "/focal-point?lang=" + language);
		assertThat(this.browser.findElements(By.id("focal-image"))).hasSize(1);
		String name = PageTypes.FOCAL_POINT + " (" + language + ", " + widthName + ")";
		assertFitsTheWidth(name);
		Axe.assertNoViolations(this.browser, name);
	}

	@Test
	void theCheckCatchesAViolation() {
		Browsers.resize(this.browser, Browsers.DESKTOP);
		this.browser.get(base() + "/fr");
		this.browser.executeScript("var img = document.createElement('img'); img.src = '/img/logo.svg';"
				+ "document.querySelector('main').appendChild(img);"
				+ "var p = document.createElement('p'); p.textContent = 'Texte pâle'; p.style.color = '#bbb';"
				+ "document.querySelector('main').appendChild(p);");
		assertThatThrownBy(() -> Axe.assertNoViolations(this.browser, "home with an image without alt"))
			.hasMessageContaining("image-alt")
			.hasMessageContaining("color-contrast");
	}

	/** Nothing sticks out sideways: a phone never has to scroll horizontally (WCAG 1.4.10, reflow). */
	void assertFitsTheWidth(String name) {
		Number overflow = (Number) this.browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow.intValue()).as(name + ": page wider than the window by (px)").isLessThanOrEqualTo(0);
	}

	/** Emulates {@code prefers-color-scheme} (empty: the browser's own, light here). */
	void emulateColorScheme(String scheme) {
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
