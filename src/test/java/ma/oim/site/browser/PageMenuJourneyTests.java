package ma.oim.site.browser;

import java.util.List;
import java.util.Map;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator reorders the menu and moves a page under another with the keyboard
 * alone (Enter on a button, typing in a list), in Chromium; the page's old address then
 * leads to its new one.
 */
@RequiresChromium
@SiteTest
class PageMenuJourneyTests {

	private static final String PARTNER_FR = "notre-travail/priorites-transversales/agir/devenir-partenaire";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	private List<Map<String, Object>> texts;

	private List<Map<String, Object>> places;

	@BeforeEach
	void remember() {
		this.texts = this.jdbc.queryForList("select page_id, language, slug, path from page_translation");
		this.places = this.jdbc.queryForList("select id, parent_id, position from page");
	}

	@AfterEach
	void restore() {
		if (this.browser != null) {
			SignIn.forget(this.browser, base());
		}
		for (Map<String, Object> place : this.places) {
			this.jdbc.update("update page set parent_id = ?, position = ? where id = ?", place.get("parent_id"),
					place.get("position"), place.get("id"));
		}
		for (Map<String, Object> text : this.texts) {
			this.jdbc.update("update page_translation set slug = ?, path = ? where page_id = ? and language = ?",
					text.get("slug"), text.get("path"), text.get("page_id"), text.get("language"));
		}
		this.jdbc.update("delete from redirect where from_path like '%devenir-partenaire' or from_path like '%become-a-partner'"
				+ " or from_path like '%كن-شريكا'");
	}

	@Test
	void anAdministratorMovesAPageWithTheKeyboardAndItsOldAddressRedirects() {
		long page = this.jdbc.queryForObject(
				"select page_id from page_translation where language = 'fr' and path = ?", Long.class, PARTNER_FR);
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
		SignIn.as(this.browser, base(), SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD, "fr");

		// In the overview, "Médias et presse" goes up with Enter on its button.
		this.browser.get(base() + "/admin/site");
		WebElement up = this.browser.findElement(By.cssSelector("button[aria-label='Monter « Médias et presse »']"));
		up.sendKeys(Keys.ENTER);
		SignIn.wait(this.browser).until(ExpectedConditions.urlContains("#page-"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Page déplacée.");
		this.browser.get(base() + "/fr/notre-travail/priorites-transversales/agir");
		assertThat(this.browser.findElements(By.cssSelector(".subpages a")).stream().map(WebElement::getText))
			.containsExactly("Médias et presse", "Devenir partenaire");

		// In the page's editor, "Devenir partenaire" goes under "Qui sommes nous": typed in the list, then Enter.
		this.browser.get(base() + "/admin/pages/" + page);
		WebElement parent = this.browser.findElement(By.id("parent"));
		parent.sendKeys("Qui sommes");
		assertThat(this.browser.findElement(By.cssSelector("#parent option:checked")).getText()).isEqualTo("Qui sommes nous");
		this.browser.findElement(By.xpath("//button[normalize-space()='Déplacer']")).sendKeys(Keys.ENTER);
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Page déplacée.");

		this.browser.get(base() + "/fr/" + PARTNER_FR);
		assertThat(this.browser.getCurrentUrl()).isEqualTo(base() + "/fr/qui-sommes-nous/devenir-partenaire");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Devenir partenaire");
		this.browser.get(base() + "/en/our-work/cross-cutting-priorities/take-action/become-a-partner");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(base() + "/en/who-we-are/become-a-partner");
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
