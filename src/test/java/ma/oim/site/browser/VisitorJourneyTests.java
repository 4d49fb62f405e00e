package ma.oim.site.browser;

import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.Screenshots;
import ma.oim.site.testsupport.browser.SignIn;
import ma.oim.site.web.SitePaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor does, in Chromium: from the French home page to the news and an article,
 * then the same article in English; the phone menu; and the whole site with JavaScript
 * turned off (menus, language switcher and forms).
 */
@RequiresChromium
@SiteTest
class VisitorJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	@BeforeEach
	void freshVisitor() {
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
	}

	@Test
	void fromTheFrenchHomePageToAnArticleThenTheSameArticleInEnglish() {
		this.browser.get(base() + "/fr");
		assertThat(lang()).isEqualTo("fr");
		assertThat(this.browser.findElement(By.cssSelector("html")).getAttribute("class")).contains("js");
		Screenshots.save(this.browser, "home-desktop");

		click(By.cssSelector(".main-nav a[href='/fr/actualites']"));
		waitForPath("/fr/actualites");
		assertThat(text("h1")).isEqualTo("Actualités");
		assertThat(text(".result-count")).isEqualTo("11 actualités");
		Screenshots.save(this.browser, "news-desktop");

		WebElement first = this.browser.findElement(By.cssSelector("article.card h2 a"));
		String frenchTitle = first.getText();
		first.click();
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/fr/actualites/[a-z0-9-]+$"));
		String frenchPath = path();
		assertThat(text("h1")).isEqualTo(frenchTitle);
		assertThat(text(".article-header .card-meta")).startsWith("Publié le ");
		Screenshots.save(this.browser, "article-desktop");

		WebElement switcher = this.browser.findElement(By.cssSelector(".language-switcher a"));
		assertThat(switcher.getText()).isEqualTo("English");
		switcher.click();
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/en/news/[a-z0-9-]+$"));
		assertThat(lang()).isEqualTo("en");
		String englishTitle = this.jdbc.queryForObject("select en.title from article_translation fr "
				+ "join article_translation en on en.article_id = fr.article_id and en.language = 'en' "
				+ "where fr.language = 'fr' and fr.slug = ?", String.class, frenchPath.substring("/fr/actualites/".length()));
		assertThat(text("h1")).isEqualTo(englishTitle);
		assertThat(text(".article-header .card-meta")).startsWith("Published on ");
		assertThat(this.browser.findElement(By.cssSelector("link[rel=alternate][hreflang=fr]")).getAttribute("href"))
			.endsWith(frenchPath);

		click(By.cssSelector(".language-switcher a"));
		waitForPath(frenchPath);
		assertThat(text("h1")).isEqualTo(frenchTitle);
	}

	/**
	 * In Arabic: home → news → article → switch to French → back → search « الهجرة », then
	 * the same word with diacritics: the same articles. Screenshots at 1280 and 390 px.
	 */
	@Test
	void readsTheNewsInArabicSwitchesToFrenchAndBackThenSearchesWithAndWithoutDiacritics() {
		Browsers.resize(this.browser, Browsers.DESKTOP);
		this.browser.get(base() + "/ar");
		assertThat(lang()).isEqualTo("ar");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		Screenshots.save(this.browser, "ar-home-desktop");

		String news = SitePaths.news(Language.forCode("ar"));
		click(By.cssSelector(".main-nav a[href='" + news + "']"));
		waitForPath(news);
		assertThat(text("h1")).isEqualTo("الأخبار");
		Screenshots.save(this.browser, "ar-news-desktop");

		WebElement first = this.browser.findElement(By.cssSelector("article.card h2 a"));
		String arabicTitle = first.getText();
		first.click();
		SignIn.wait(this.browser).until(ExpectedConditions.urlContains(news + "/"));
		String arabicPath = path();
		assertThat(text("h1")).isEqualTo(arabicTitle);
		Screenshots.save(this.browser, "ar-article-desktop");

		WebElement french = this.browser.findElement(By.cssSelector(".language-switcher a[hreflang=fr]"));
		assertThat(french.getText()).isEqualTo("Français");
		french.click();
		SignIn.wait(this.browser).until(ExpectedConditions.urlContains("/fr/actualites/"));
		assertThat(lang()).isEqualTo("fr");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
		this.browser.navigate().back();
		waitForPath(arabicPath);
		assertThat(text("h1")).isEqualTo(arabicTitle);

		List<String> plain = searchInArabic("الهجرة");
		assertThat(plain).hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.browser.findElements(By.cssSelector(".search-result mark"))).isNotEmpty();
		assertThat(searchInArabic("الْهِجْرَة")).isEqualTo(plain);

		Browsers.resize(this.browser, Browsers.PHONE);
		this.browser.get(base() + "/ar");
		Screenshots.save(this.browser, "ar-home-phone");
		this.browser.get(base() + news);
		Screenshots.save(this.browser, "ar-news-phone");
		this.browser.get(base() + arabicPath);
		Screenshots.save(this.browser, "ar-article-phone");
		Browsers.resize(this.browser, Browsers.DESKTOP);
	}

	/** Types the words in the header's search field; answers the results' links. */
	private List<String> searchInArabic(String words) {
		WebElement query = this.browser.findElement(By.id((this.browser.findElements(By.id("site-search")).isEmpty())
				? "search-q" : "site-search"));
		query.clear();
		query.sendKeys(words);
		query.submit();
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-count")));
		assertThat(lang()).isEqualTo("ar");
		return this.browser.findElements(By.cssSelector(".search-result h2 a"))
			.stream()
			.map((link) -> link.getAttribute("href"))
			.toList();
	}

	@Test
	void searchesFromTheHeaderThenReadsTheResultsInEnglish() {
		this.browser.get(base() + "/fr/partenaires");
		WebElement query = this.browser.findElement(By.id("site-search"));
		query.sendKeys("COP22");
		query.submit();
		SignIn.wait(this.browser).until(ExpectedConditions.urlContains("/fr/recherche?q=COP22"));
		assertThat(text("h1")).isEqualTo("Recherche");
		assertThat(this.browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("COP22");
		assertThat(text(".result-count")).endsWith("pour « \u2068COP22\u2069 »");
		assertThat(text(".search-result mark")).isEqualToIgnoringCase("COP22");
		click(By.cssSelector(".search-result a[href='" + PageTypes.ARTICLE_FR + "']"));
		waitForPath(PageTypes.ARTICLE_FR);
		this.browser.navigate().back();

		click(By.cssSelector(".language-switcher a"));
		SignIn.wait(this.browser).until(ExpectedConditions.urlContains("/en/search"));
		assertThat(lang()).isEqualTo("en");
		if (!this.browser.getCurrentUrl().contains("q=COP22")) {
			WebElement again = this.browser.findElement(By.id("search-q"));
			again.sendKeys("COP22");
			again.submit();
		}
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(".search-result a[href='" + PageTypes.ARTICLE_EN + "']")));
	}

	@Test
	void onAPhoneTheMenuButtonOpensAndClosesTheMenu() {
		Browsers.resize(this.browser, Browsers.PHONE);
		this.browser.get(base() + "/fr");
		WebElement toggle = this.browser.findElement(By.cssSelector(".menu-toggle"));
		WebElement menu = this.browser.findElement(By.id("main-menu"));
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(menu.isDisplayed()).isFalse();
		Screenshots.save(this.browser, "home-phone");

		toggle.click();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(menu.isDisplayed()).isTrue();
		new Actions(this.browser).sendKeys(Keys.ESCAPE).perform();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(menu.isDisplayed()).isFalse();
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(toggle);

		toggle.click();
		WebElement about = this.browser.findElement(By.cssSelector("#main-menu a[href='/fr/qui-sommes-nous/a-propos']"));
		assertThat(about.isDisplayed()).isTrue();
		click(By.cssSelector("#main-menu a[href='/fr/actualites']"));
		waitForPath("/fr/actualites");
		assertThat(this.browser.findElement(By.id("main-menu")).isDisplayed()).isFalse();
		Screenshots.save(this.browser, "news-phone");

		click(By.cssSelector("article.card h2 a"));
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/fr/actualites/[a-z0-9-]+$"));
		Screenshots.save(this.browser, "article-phone");
	}

	@Test
	void withoutJavaScriptMenusLanguageSwitcherAndFormsWork() {
		ChromeDriver plain = Browsers.withoutJavaScript();
		SignIn.forget(plain, base());

		// A phone: no menu button, every entry of the menu is there and works.
		Browsers.resize(plain, Browsers.PHONE);
		plain.get(base() + "/fr");
		assertThat(plain.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("js");
		assertThat(plain.findElement(By.cssSelector(".menu-toggle")).isDisplayed()).isFalse();
		List<WebElement> entries = plain.findElements(By.cssSelector("#main-menu a"));
		assertThat(entries).hasSizeGreaterThan(8).allSatisfy((entry) -> assertThat(entry.isDisplayed()).isTrue());
		plain.findElement(By.cssSelector("#main-menu a[href='/fr/qui-sommes-nous/a-propos']")).click();
		SignIn.wait(plain).until(ExpectedConditions.urlMatches("/fr/qui-sommes-nous/a-propos$"));
		plain.findElement(By.cssSelector(".language-switcher a")).click();
		SignIn.wait(plain).until(ExpectedConditions.urlMatches("/en/who-we-are/about$"));
		assertThat(plain.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

		// A desktop: a submenu opens on hover and on keyboard focus, by CSS alone.
		Browsers.resize(plain, Browsers.DESKTOP);
		plain.get(base() + "/fr/actualites");
		WebElement whoWeAre = plain.findElement(By.cssSelector("#main-menu > li > a[href='/fr/qui-sommes-nous']"));
		WebElement about = plain.findElement(By.cssSelector("#main-menu a[href='/fr/qui-sommes-nous/a-propos']"));
		assertThat(about.isDisplayed()).isFalse();
		new Actions(plain).moveToElement(whoWeAre).perform();
		SignIn.wait(plain).until(ExpectedConditions.visibilityOf(about));
		new Actions(plain).moveToElement(plain.findElement(By.tagName("h1"))).perform();
		SignIn.wait(plain).until(ExpectedConditions.invisibilityOf(about));
		plain.executeScript("arguments[0].focus();", whoWeAre);
		new Actions(plain).sendKeys(Keys.TAB).perform();
		assertThat(plain.switchTo().activeElement().getAttribute("href")).endsWith("/fr/qui-sommes-nous/a-propos");
		assertThat(about.isDisplayed()).isTrue();

		// The news filter is a plain GET form.
		new Select(plain.findElement(By.id("filter-year"))).selectByValue("2018");
		plain.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		SignIn.wait(plain).until(ExpectedConditions.urlContains("year=2018"));
		assertThat(plain.findElement(By.cssSelector(".result-count")).getText()).isEqualTo("1 actualité");
		assertThat(plain.findElements(By.cssSelector("article.card time")))
			.allSatisfy((date) -> assertThat(date.getAttribute("datetime")).startsWith("2018-"));

		// So is the search form in the header.
		WebElement search = plain.findElement(By.id("site-search"));
		search.sendKeys("jeunesse");
		plain.findElement(By.cssSelector("form.site-search button[type=submit]")).click();
		SignIn.wait(plain).until(ExpectedConditions.urlContains("/fr/recherche?q=jeunesse"));
		assertThat(plain.findElements(By.cssSelector(".search-result"))).isNotEmpty();

		// Sign in, open the editor and sign out: the back office's forms need no script either.
		SignIn.as(plain, base(), SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD, "fr");
		plain.findElement(By.cssSelector("#main-menu a[href='/admin/articles']")).click();
		plain.findElement(By.cssSelector("main a[href='/admin/articles/new']")).click();
		plain.findElement(By.cssSelector("button[name=action][value=save]")).click();
		SignIn.wait(plain).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(plain.findElement(By.id("texts[fr].title-error")).getText()).isEqualTo("Ce champ est obligatoire.");
		SignIn.out(plain);
		SignIn.forget(plain, base());
	}

	void click(By selector) {
		this.browser.findElement(selector).click();
	}

	void waitForPath(String path) {
		SignIn.wait(this.browser).until((driver) -> path().equals(path));
	}

	String path() {
		return this.browser.getCurrentUrl().substring(base().length()).replaceAll("[?#].*$", "");
	}

	String text(String selector) {
		return this.browser.findElement(By.cssSelector(selector)).getText();
	}

	String lang() {
		return this.browser.findElement(By.tagName("html")).getAttribute("lang");
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
