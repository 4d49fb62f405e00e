package ma.oim.site.browser;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestArticles;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor places an image of the library in a text from the editor's picker, in
 * Chromium: the picker's button inserts the image's reference where the cursor was, and
 * the live preview shows the image.
 */
@RequiresChromium
@SiteTest
class MediaPickerJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	long image;

	@AfterEach
	void cleanUp() {
		if (this.browser != null) {
			SignIn.forget(this.browser, base());
		}
		this.jdbc.update("delete from media where id = ?", this.image);
	}

	@Test
	void theEditorInsertsAnImageOfTheLibraryAtTheCursor() {
		this.image = TestArticles.libraryImage(this.jdbc, "picker-journey.jpg");
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
		SignIn.as(this.browser, base(), SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD, "fr");
		this.browser.get(base() + "/admin/articles/new?lang=fr");

		WebElement body = this.browser.findElement(By.id("texts[fr].body"));
		body.sendKeys("Avant. Après.");
		// The cursor after "Avant. ", as an editor clicks there.
		this.browser.executeScript("arguments[0].focus(); arguments[0].setSelectionRange(7, 7);", body);
		this.browser.findElement(By.cssSelector(".media-picker summary")).click();
		String snippet = "![Des participants à un atelier](media:" + this.image + ")";
		WebElement card = this.browser.findElements(By.cssSelector(".media-picker .media-card"))
			.stream()
			.filter((found) -> found.getText().contains("picker-journey.jpg"))
			.findFirst()
			.orElseThrow();
		assertThat(card.findElement(By.cssSelector("code")).getText()).isEqualTo(snippet);
		card.findElement(By.cssSelector("button")).click();

		assertThat(body.getDomProperty("value")).isEqualTo("Avant. " + snippet + "Après.");
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(".live-preview img[src='/media/" + this.image + "/480.jpg']")));
		WebElement preview = this.browser.findElement(By.cssSelector(".live-preview img"));
		assertThat(preview.getDomAttribute("width")).isEqualTo("480");
		assertThat(preview.getDomAttribute("alt")).isEqualTo("Des participants à un atelier");
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
