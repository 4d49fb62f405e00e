package ma.oim.site.browser;

import java.util.UUID;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator does, in Chromium: creates an editor's account (after a mistake the
 * form points out), and the editor signs in with it and sees an editor's back office.
 */
@RequiresChromium
@SiteTest
class AdministratorJourneyTests {

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
	void administratorCreatesAnEditorAccountAndTheEditorSignsIn() {
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
		String email = "amina-" + UUID.randomUUID().toString().substring(0, 8) + "@oim.test";

		SignIn.as(this.browser, base(), SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD, "fr");
		click("#main-menu a[href='/admin/users']");
		click("main a[href='/admin/users/new']");
		type("email", email);
		type("displayName", "Amina Rédactrice");
		new Select(this.browser.findElement(By.id("role"))).selectByValue("EDITOR");
		type("password", "court");
		click("form.stacked button[type=submit]");

		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("password-error")));
		assertThat(text("#password-error")).isEqualTo("Entre 12 et 200 caractères.");
		assertThat(this.browser.findElement(By.id("password")).getAttribute("aria-describedby")).isEqualTo("password-error");
		assertThat(this.browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
		assertThat(this.browser.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Amina Rédactrice");
		type("password", "une phrase de passe solide");
		click("form.stacked button[type=submit]");

		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/admin/users/\\d+$"));
		assertThat(text(".notice")).isEqualTo("Le compte a été créé.");
		assertThat(text("h1")).isEqualTo("Amina Rédactrice");
		assertThat(text(".facts")).contains(email).contains("Éditeur");
		SignIn.out(this.browser);

		SignIn.as(this.browser, base(), email, "une phrase de passe solide", "fr");
		assertThat(text("h1")).isEqualTo("Bonjour Amina Rédactrice");
		assertThat(this.browser.findElements(By.cssSelector("#main-menu a[href='/admin/users']"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#main-menu a[href='/admin/articles']"))).isNotEmpty();
		this.browser.get(base() + "/admin/users");
		assertThat(text("h1")).isEqualTo("Accès refusé");
	}

	void click(String selector) {
		this.browser.findElement(By.cssSelector(selector)).click();
	}

	void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	String text(String selector) {
		return this.browser.findElement(By.cssSelector(selector)).getText();
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
