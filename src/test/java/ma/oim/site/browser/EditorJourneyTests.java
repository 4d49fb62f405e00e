package ma.oim.site.browser;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.HtmlChecker;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import ma.oim.site.testsupport.browser.Axe;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.Screenshots;
import ma.oim.site.testsupport.browser.SignIn;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an editor does, in Chromium with JavaScript, signed in through the real form: write
 * an article in French and English with an image, preview it, publish it and find it on the
 * public site; schedule another and see it appear when its time comes; withdraw one; delete.
 */
@RequiresChromium
@SiteTest
class EditorJourneyTests {

	static final String EDITOR = "editor-browser@oim.test";

	static final String PASSWORD = "a long editor password";

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserService users;

	ChromeDriver browser;

	final List<Long> created = new ArrayList<>();

	@BeforeEach
	void signInAsEditor() {
		if (this.users.byEmail(EDITOR).isEmpty()) {
			NewUserForm form = new NewUserForm();
			form.setEmail(EDITOR);
			form.setDisplayName("Salma Éditrice");
			form.setRole(Role.EDITOR);
			form.setPassword(PASSWORD);
			this.users.create(form, SiteTest.ADMIN_EMAIL);
		}
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
		SignIn.as(this.browser, base(), EDITOR, PASSWORD, "fr");
		assertThat(text("h1")).isEqualTo("Bonjour Salma Éditrice");
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		if (this.browser == null) {
			return;
		}
		Browsers.resize(this.browser, Browsers.DESKTOP);
		SignIn.forget(this.browser, base());
		for (long id : this.created) {
			Long image = this.jdbc.query("select featured_image_id from article where id = ?",
					(rs) -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, id);
			this.jdbc.update("delete from article where id = ?", id);
			if (image != null) {
				this.jdbc.update("delete from media where id = ?", image);
			}
		}
	}

	@Test
	void writesAnArticleInTwoLanguagesWithAnImagePreviewsPublishesAndFindsItOnTheSite(@TempDir Path files)
			throws IOException {
		// Fixed titles (the article is deleted at the end), so the editor's screenshots only change with the page.
		String french = "Journée internationale des migrants à Rabat";
		String english = "International Migrants Day in Rabat";
		Path photo = Files.write(files.resolve("photo.jpg"), TestImages.jpeg(1600, 900));

		click(By.cssSelector("#main-menu a[href='/admin/articles']"));
		click(By.cssSelector("main a[href='/admin/articles/new']"));
		type("texts[fr].title", french);
		type("texts[fr].summary", "Une journée de rencontres à Rabat.");
		type("texts[fr].body", "## Programme\n\nDes ateliers et un **concert**.\n\n- Rabat\n- Oujda");
		type("texts[en].title", english);
		type("texts[en].summary", "A day of meetings in Rabat.");
		type("texts[en].body", "## Programme\n\nWorkshops and a **concert**.");
		this.browser.findElement(By.cssSelector("input[name=axisIds]")).click();
		this.browser.findElement(By.id("imageFile")).sendKeys(photo.toAbsolutePath().toString());
		type("image.alt[fr]", "Des participants devant la scène");
		type("image.alt[en]", "Participants in front of the stage");
		SignIn.wait(this.browser).until((driver) -> driver.findElement(By.cssSelector(".image-fields img.current-image")).isDisplayed());
		this.browser.executeScript("window.scrollTo(0, 0);");
		Screenshots.save(this.browser, "editor-desktop");
		Browsers.resize(this.browser, Browsers.PHONE);
		this.browser.executeScript("window.scrollTo(0, 0);");
		Screenshots.save(this.browser, "editor-phone");
		Browsers.resize(this.browser, Browsers.DESKTOP);

		click(By.cssSelector("button[name=action][value=save]"));
		long id = waitForArticlePage();
		assertThat(text(".notice")).isEqualTo("L’article est enregistré.");
		assertThat(text(".editor .card-meta strong")).isEqualTo("Brouillon");
		assertThat(this.browser.findElement(By.cssSelector(".current-image img")).getAttribute("alt"))
			.isEqualTo("Des participants devant la scène");
		checkPage("editor of a saved article with an image", "/admin/articles/" + id);

		// Preview in each language, before anything is public.
		click(By.cssSelector("a[href='/admin/articles/" + id + "/preview/fr']"));
		assertThat(text("h1")).isEqualTo(french);
		assertThat(this.browser.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content")).contains("noindex");
		assertThat(text(".prose h2")).isEqualTo("Programme");
		assertImageShown("Des participants devant la scène");
		checkPage("preview with an image", "/admin/articles/" + id + "/preview/fr");
		this.browser.navigate().back();
		click(By.cssSelector("a[href='/admin/articles/" + id + "/preview/en']"));
		assertThat(text("h1")).isEqualTo(english);
		assertImageShown("Participants in front of the stage");
		this.browser.navigate().back();
		this.browser.get(base() + "/fr/actualites");
		assertThat(text("article.card h2")).isNotEqualTo(french);

		// Publish, then find it as a visitor, in both languages.
		act(id, By.cssSelector("button[name=action][value=publish]"), "L’article est publié.", "Publié");
		click(By.cssSelector("#main-menu a[href='/fr']"));
		click(By.cssSelector(".main-nav a[href='/fr/actualites']"));
		WebElement card = this.browser.findElement(By.cssSelector("article.card h2 a"));
		assertThat(card.getText()).isEqualTo(french);
		card.click();
		assertThat(text("h1")).isEqualTo(french);
		assertImageShown("Des participants devant la scène");
		String frenchPath = this.browser.getCurrentUrl().substring(base().length());
		checkPage("article with an image", frenchPath);
		Browsers.resize(this.browser, Browsers.PHONE);
		Axe.assertNoViolations(this.browser, "article with an image (fr, phone)");
		Browsers.resize(this.browser, Browsers.DESKTOP);
		click(By.cssSelector(".language-switcher a"));
		SignIn.wait(this.browser).until(ExpectedConditions.urlContains("/en/news/"));
		assertThat(text("h1")).isEqualTo(english);
		assertImageShown("Participants in front of the stage");
		checkPage("article with an image", this.browser.getCurrentUrl().substring(base().length()));

		// Delete it, with the confirmation page.
		this.browser.get(base() + "/admin/articles/" + id);
		click(By.cssSelector("a[href='/admin/articles/" + id + "/delete']"));
		click(By.cssSelector("form.action-row button[type=submit]"));
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(text(".notice")).isEqualTo("L’article est supprimé.");
		assertThat(this.jdbc.queryForObject("select count(*) from article where id = ?", Integer.class, id)).isZero();
	}

	@Test
	void schedulesAnArticleThatAppearsAtItsTimeAndWithdrawsAnother() {
		String marker = marker();
		String scheduled = "Programmé " + marker;
		LocalDateTime goLive = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);

		this.browser.get(base() + "/admin/articles/new");
		type("texts[fr].title", scheduled);
		type("texts[fr].summary", "Il paraîtra dans deux jours.");
		// The browser's own date and time widget: its value is set as the widget would set it.
		this.browser.executeScript("arguments[0].value = arguments[1];", this.browser.findElement(By.id("publishedAt")),
				LOCAL.format(goLive));
		click(By.cssSelector("button[name=action][value=publish]"));
		long id = waitForArticlePage();
		assertThat(text(".notice")).startsWith("L’article est programmé");
		assertThat(text(".editor .card-meta strong")).isEqualTo("Programmé");
		String path = "/fr/actualites/" + slug(id);

		this.browser.get(base() + path);
		assertThat(text("h1")).isEqualTo("Page introuvable");
		this.browser.get(base() + "/fr/actualites");
		assertThat(text("article.card h2")).isNotEqualTo(scheduled);

		Instant goLiveInstant = goLive.atZone(SiteZone.ZONE).toInstant();
		this.clock.setInstant(goLiveInstant);
		this.browser.navigate().refresh();
		assertThat(text("article.card h2")).isEqualTo(scheduled);
		click(By.cssSelector("article.card h2 a"));
		assertThat(text("h1")).isEqualTo(scheduled);

		// Withdraw it: it leaves the site at once.
		act(id, By.cssSelector("form.withdraw button"), "L’article est retiré du site.", "Retiré");
		this.browser.get(base() + path);
		assertThat(text("h1")).isEqualTo("Page introuvable");
		this.browser.get(base() + "/fr/actualites");
		assertThat(text("article.card h2")).isNotEqualTo(scheduled);
		assertThat(text(".result-count")).isEqualTo("11 actualités");
	}

	long waitForArticlePage() {
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/admin/articles/\\d+$"));
		Matcher matcher = Pattern.compile("/admin/articles/(\\d+)$").matcher(this.browser.getCurrentUrl());
		assertThat(matcher.find()).isTrue();
		long id = Long.parseLong(matcher.group(1));
		this.created.add(id);
		return id;
	}

	/** Opens the article's editor, clicks an action, and checks the notice and the new status. */
	void act(long id, By button, String notice, String status) {
		this.browser.get(base() + "/admin/articles/" + id);
		click(button);
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(text(".notice")).isEqualTo(notice);
		assertThat(text(".editor .card-meta strong")).isEqualTo(status);
	}

	/**
	 * The page the browser shows passes axe, and its HTML, as the server sends it to this
	 * signed-in browser (same session cookie), passes the Nu Html Checker.
	 */
	void checkPage(String name, String path) {
		Axe.assertNoViolations(this.browser, name);
		Cookie session = this.browser.manage().getCookieNamed("OIM_SESSION");
		HttpResponse<String> response = (session != null)
				? HttpPages.get(this.port, path, "Cookie", "OIM_SESSION=" + session.getValue())
				: HttpPages.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		HtmlChecker.assertValid(name + " " + path, response.body());
	}

	void assertImageShown(String alt) {
		WebElement image = this.browser.findElement(By.cssSelector("figure.featured img"));
		assertThat(image.getAttribute("alt")).isEqualTo(alt);
		SignIn.wait(this.browser).until((driver) -> ((Number) this.browser
			.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image)).intValue() > 0);
	}

	String slug(long id) {
		return this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = 'fr'", String.class, id);
	}

	void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void click(By selector) {
		this.browser.findElement(selector).click();
	}

	String text(String selector) {
		return this.browser.findElement(By.cssSelector(selector)).getText();
	}

	static String marker() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
