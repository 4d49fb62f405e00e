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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article editor shows only the chosen kind's fields once its script runs; without it,
 * every kind's; a kind's fields the server refused are never hidden.
 */
@RequiresChromium
@SiteTest
class EditorKindFieldsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	String marker = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void forget() {
		if (this.browser != null) {
			SignIn.forget(this.browser, base());
		}
		this.jdbc.update("delete from article where id in (select article_id from article_translation where title like ?)",
				"%" + this.marker + "%");
	}

	@Test
	void choosingAKindShowsItsFieldsAndHidesTheOthers() {
		signIn(Browsers.withJavaScript());
		this.browser.get(base() + "/admin/articles/new");
		// A news article: no kind's fields.
		assertThat(this.browser.findElement(By.cssSelector("input[name=kind][value=NEWS]")).isSelected()).isTrue();
		assertShown(false, false, false);

		kind("EVENT");
		assertShown(true, false, false);
		assertThat(this.browser.findElement(By.id("startsAt")).isDisplayed()).isTrue();
		kind("CALL");
		assertShown(false, true, false);
		kind("PRESS_RELEASE");
		assertShown(false, false, true);
		kind("STORY");
		assertShown(false, false, false);
		// The kind's radios stay labelled by their legend and labels.
		WebElement event = this.browser.findElement(By.cssSelector("input[name=kind][value=EVENT]"));
		assertThat(this.browser.findElement(By.cssSelector("label[for='" + event.getAttribute("id") + "']")).getText())
			.isNotBlank();
	}

	@Test
	void aCallsFieldsTheServerRefusedStayShownWhateverTheKind() {
		signIn(Browsers.withJavaScript());
		this.browser.get(base() + "/admin/articles/new");
		type("texts[fr].title", "Appel refusé " + this.marker);
		type("texts[fr].summary", "Un appel sans date limite.");
		kind("CALL");
		type("callReference", "<refusée>");
		this.browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
		SignIn.wait(this.browser).until((driver) -> !driver.findElements(By.id("callReference-error")).isEmpty());
		assertThat(this.browser.findElement(By.id("deadline-error")).isDisplayed()).isTrue();
		assertShown(false, true, false);

		// Another kind chosen: the refused fields stay in view until corrected.
		kind("EVENT");
		assertShown(true, true, false);
		assertThat(this.browser.findElement(By.id("callReference-error")).isDisplayed()).isTrue();
	}

	@Test
	void withoutJavaScriptEveryKindsFieldsAreShown() {
		signIn(Browsers.withoutJavaScript());
		this.browser.get(base() + "/admin/articles/new");
		assertShown(true, true, true);
		assertThat(this.browser.findElements(By.cssSelector("fieldset[data-kind][hidden]"))).isEmpty();
	}

	private void signIn(ChromeDriver driver) {
		this.browser = driver;
		SignIn.forget(this.browser, base());
		SignIn.as(this.browser, base(), SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD, "fr");
	}

	private void kind(String kind) {
		this.browser.findElement(By.cssSelector("input[name=kind][value=" + kind + "]")).click();
	}

	private void assertShown(boolean event, boolean call, boolean press) {
		assertThat(shown("EVENT")).as("event fields").isEqualTo(event);
		assertThat(shown("CALL")).as("call fields").isEqualTo(call);
		assertThat(shown("PRESS_RELEASE")).as("press release fields").isEqualTo(press);
	}

	private boolean shown(String kind) {
		WebElement set = this.browser.findElement(By.cssSelector("fieldset[data-kind=" + kind + "]"));
		// Hidden by the attribute, so nothing in it can take the focus.
		return set.isDisplayed() && set.getAttribute("hidden") == null;
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
