package ma.oim.site.browser;

import java.util.List;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The text editor's toolbar, which the script adds, speaks the back office's language, Arabic included. */
@RequiresChromium
@SiteTest
class EditorToolbarTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@AfterEach
	void forget() {
		if (this.browser != null) {
			SignIn.forget(this.browser, base());
		}
	}

	@Test
	void theToolbarsLabelsComeFromTheBundleOfThePagesLanguage() {
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		SignIn.as(this.browser, base(), SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD, "fr");
		for (List<String> expected : List.of(List.of("fr", "Gras", "Aperçu du texte"), List.of("en", "Bold", "Text preview"),
				List.of("ar", "غامق", "معاينة النص"))) {
			this.browser.get(base() + "/admin/articles/new?lang=" + expected.get(0));
			WebElement toolbar = this.browser.findElement(By.cssSelector(".editor-toolbar"));
			assertThat(toolbar.findElement(By.tagName("button")).getAttribute("aria-label")).as(expected.get(0))
				.isEqualTo(expected.get(1));
			assertThat(this.browser.findElements(By.cssSelector("[aria-label='" + expected.get(2) + "']")))
				.as(expected.get(0)).isNotEmpty();
		}
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
