package ma.oim.site.browser;

import java.util.List;
import java.util.Map;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the stylesheet promises, in Chromium: the home page's introduction and latest news
 * side by side on a wide screen; an article printed without navigation and with its links'
 * addresses; the footer's office, accounts and legal pages; one stylesheet mirrored by
 * {@code dir="rtl"}.
 */
@RequiresChromium
@SiteTest
class DesignTests {

	@LocalServerPort
	int port;

	final ChromeDriver browser = Browsers.withJavaScript();

	@AfterEach
	void screenAgain() {
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		Browsers.resize(this.browser, Browsers.DESKTOP);
	}

	@Test
	void onAWideScreenTheLatestNewsStandBesideTheIntroduction() {
		Browsers.resize(this.browser, Browsers.DESKTOP);
		this.browser.get(base() + "/fr");
		WebElement hero = this.browser.findElement(By.cssSelector(".home > .hero"));
		WebElement latest = this.browser.findElement(By.cssSelector(".home > .latest"));
		assertThat(latest.getRect().getX()).isGreaterThan(hero.getRect().getX() + hero.getRect().getWidth() - 1);
		assertThat(latest.getRect().getY()).isEqualTo(hero.getRect().getY());
		int main = this.browser.findElement(By.tagName("main")).getRect().getWidth();
		assertThat(hero.getRect().getWidth() + latest.getRect().getWidth()).isGreaterThan(main * 8 / 10);

		Browsers.resize(this.browser, Browsers.PHONE);
		this.browser.get(base() + "/fr");
		hero = this.browser.findElement(By.cssSelector(".home > .hero"));
		latest = this.browser.findElement(By.cssSelector(".home > .latest"));
		assertThat(latest.getRect().getY()).isGreaterThan(hero.getRect().getY() + hero.getRect().getHeight() - 1);
	}

	@Test
	void anArticlePrintsWithoutNavigationAndShowsWhereItsLinksLead() {
		this.browser.get(base() + PageTypes.ARTICLE_FR);
		this.browser.executeScript("var a = document.createElement('a'); a.href = 'https://www.iom.int/fr';"
				+ "a.textContent = 'OIM'; a.id = 'printed-link'; document.querySelector('.prose').appendChild(a);");
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		for (String hidden : List.of(".main-nav", ".site-search", ".breadcrumb", ".prev-next", ".footer-legal")) {
			assertThat(this.browser.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
		}
		assertThat(this.browser.findElement(By.cssSelector("article h1")).isDisplayed()).isTrue();
		Object after = this.browser
			.executeScript("return getComputedStyle(document.getElementById('printed-link'), '::after').content;");
		assertThat(after).asString().contains("https://www.iom.int/fr");
	}

	@Test
	void theFooterShowsTheOfficeItsAccountsAndTheLegalPages() {
		this.browser.get(base() + "/en");
		WebElement footer = this.browser.findElement(By.cssSelector(".site-footer"));
		assertThat(footer.findElement(By.tagName("address")).getText()).contains("Rabat");
		assertThat(footer.findElements(By.cssSelector("a[href='https://www.facebook.com/IOM']"))).hasSize(1);
		assertThat(footer.findElement(By.cssSelector(".footer-legal")).getText()).contains("Terms of use",
				"Privacy policy");
	}

	@Test
	void rightToLeftMirrorsTheLayoutWithTheSameStylesheet() {
		this.browser.get(base() + "/fr");
		WebElement hero = this.browser.findElement(By.cssSelector(".hero"));
		assertThat(hero.getCssValue("border-left-width")).isEqualTo("6px");
		this.browser.executeScript("document.documentElement.dir = 'rtl'; document.documentElement.lang = 'ar';");
		assertThat(hero.getCssValue("border-right-width")).isEqualTo("6px");
		assertThat(hero.getCssValue("border-left-width")).isEqualTo("0px");
		assertThat(this.browser.findElement(By.tagName("body")).getCssValue("font-family")).contains("Noto Naskh Arabic");
		Object arrow = this.browser.executeScript(
				"return getComputedStyle(document.querySelector('.more'), '::after').content;");
		assertThat(arrow).asString().contains("←");
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
