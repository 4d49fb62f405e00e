package ma.oim.site.browser;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.Mailbox;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Axe;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * A contributor and an editor, in Chromium, signed in through the real form: the
 * contributor writes an article and submits it; the editor is told (email and dashboard),
 * reads the changes and sends it back with a comment; the contributor reads why, corrects
 * it and submits it again; the editor approves it for a later time, and it appears on the
 * public site when the clock reaches that minute. Then the contributor proposes a change to
 * the public article, which stays online as it is until the editor approves the change.
 */
@RequiresChromium
@SiteTest
class ReviewJourneyTests {

	static final String PASSWORD = "a long enough password";

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

	String marker;

	String contributor;

	String editor;

	@BeforeEach
	void createAccounts() {
		this.marker = UUID.randomUUID().toString().substring(0, 8);
		this.contributor = "journey-contributor-" + this.marker + "@oim.test";
		this.editor = "journey-editor-" + this.marker + "@oim.test";
		account(this.contributor, "Camille Contributrice", Role.CONTRIBUTOR);
		account(this.editor, "Idriss Éditeur", Role.EDITOR);
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		if (this.browser != null) {
			SignIn.forget(this.browser, base());
		}
		this.jdbc.update("delete from article where author_email = ?", this.contributor);
		this.jdbc.update("delete from app_user where email in (?, ?)", this.contributor, this.editor);
	}

	@Test
	void contributorSubmitsEditorSendsBackContributorCorrectsEditorApprovesAndItAppearsOnTime() throws Exception {
		String title = "Atelier des jeunes à Oujda " + this.marker;

		// The contributor writes and submits; there is no publish button for them.
		SignIn.as(this.browser, base(), this.contributor, PASSWORD, "fr");
		assertThat(this.browser.findElements(By.cssSelector("#main-menu a[href='/admin/review']"))).isEmpty();
		Axe.assertNoViolations(this.browser, "contributor's dashboard");
		click(By.cssSelector("main a[href='/admin/articles/new']"));
		assertThat(this.browser.findElements(By.cssSelector("button[value=publish]"))).isEmpty();
		assertThat(this.browser.findElements(By.id("publishedAt"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("option[value=PUBLISHED]"))).isEmpty();
		Axe.assertNoViolations(this.browser, "contributor's article editor");
		type("texts[fr].title", title);
		type("texts[fr].summary", "Un atelier pour les jeunes.");
		type("texts[fr].body", "Des jeunes d’Oujda se retrouvent pour un atelier.");
		click(By.cssSelector("button[name=action][value=submit]"));
		long id = waitForArticlePage();
		assertThat(text(".notice")).isEqualTo("L’article est enregistré et soumis : un éditeur va le relire.");
		SignIn.out(this.browser);

		// The editor is told by email, and finds it on the dashboard.
		MimeMessage request = Mailbox.waitFor(this.editor);
		assertThat(request.getSubject()).endsWith("Un article attend votre relecture");
		assertThat((String) request.getContent()).contains("Camille Contributrice", title,
				"/admin/articles/" + id + "/review");
		SignIn.as(this.browser, base(), this.editor, PASSWORD, "fr");
		assertThat(text("#to-review + ul")).contains(title);
		click(By.cssSelector("#to-review + ul a[href='/admin/articles/" + id + "/review']"));
		assertThat(text(".review-changes ins")).contains(title);
		Axe.assertNoViolations(this.browser, "review page, in the journey");
		type("reason", "Précisez la date et le lieu de l’atelier.");
		click(By.cssSelector("form[action$='/send-back'] button"));
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/admin/review$"));
		assertThat(text(".notice")).isEqualTo("L’article est renvoyé à son auteur.");
		assertThat(text("main")).doesNotContain(title);
		SignIn.out(this.browser);

		// The contributor is told why, by email and on their dashboard, and corrects it.
		MimeMessage sentBack = Mailbox.waitFor(this.contributor);
		assertThat((String) sentBack.getContent()).contains("Précisez la date et le lieu de l’atelier.");
		SignIn.as(this.browser, base(), this.contributor, PASSWORD, "fr");
		click(By.cssSelector("#sent-back + ul a[href='/admin/articles/" + id + "/review']"));
		assertThat(text(".review-history")).contains("Précisez la date et le lieu de l’atelier.");
		click(By.cssSelector("a[href='/admin/articles/" + id + "']"));
		type("texts[fr].summary", "Un atelier pour les jeunes, le 12 mars à Oujda.");
		click(By.cssSelector("button[name=action][value=submit]"));
		// The editor's address does not change: the notice tells that the answer has come.
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(text(".notice")).isEqualTo("L’article est enregistré et soumis : un éditeur va le relire.");
		SignIn.out(this.browser);

		// The editor reads the correction word by word and approves it for the day after tomorrow.
		SignIn.as(this.browser, base(), this.editor, PASSWORD, "fr");
		this.browser.get(base() + "/admin/articles/" + id + "/review");
		assertThat(text(".review-changes")).contains("le 12 mars à Oujda");
		LocalDateTime goLive = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		this.browser.executeScript("arguments[0].value = arguments[1];", this.browser.findElement(By.id("publishedAt")),
				LOCAL.format(goLive));
		click(By.cssSelector("form[action$='/approve'] button"));
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/admin/review$"));
		assertThat(text(".notice")).isEqualTo("L’article est approuvé et programmé.");

		// Scheduled: absent from the public site until its minute, then there by itself.
		String path = "/fr/actualites/" + this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = 'fr'", String.class, id);
		HttpResponse<String> before = HttpPages.get(this.port, path);
		assertThat(before.statusCode()).isEqualTo(404);
		this.clock.setInstant(goLive.atZone(SiteZone.ZONE).toInstant());
		this.browser.get(base() + path);
		assertThat(text("h1")).isEqualTo(title);
		assertThat(text("main")).contains("Un atelier pour les jeunes, le 12 mars à Oujda.");
		this.browser.get(base() + "/admin");
		SignIn.out(this.browser);

		// Public now, it changes through a proposal: online as it is until the editor approves the change.
		SignIn.as(this.browser, base(), this.contributor, PASSWORD, "fr");
		this.browser.get(base() + "/admin/articles/" + id);
		Axe.assertNoViolations(this.browser, "the editor of a change proposed to a public article");
		type("texts[fr].summary", "Un atelier pour les jeunes, le 12 mars à Oujda, salle Al Wahda.");
		click(By.cssSelector("button[name=action][value=submit]"));
		SignIn.wait(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"),
					"Changement soumis à relecture. L’article en ligne n’a pas changé."));
		assertThat(HttpPages.get(this.port, path).body()).contains("le 12 mars à Oujda.").doesNotContain("Al Wahda");
		SignIn.out(this.browser);

		SignIn.as(this.browser, base(), this.editor, PASSWORD, "fr");
		assertThat(text("#to-review + ul")).contains(title);
		this.browser.get(base() + "/admin/articles/" + id + "/review");
		assertThat(text(".review-changes ins")).contains("Al Wahda");
		Axe.assertNoViolations(this.browser, "the review of a change proposed to a public article");
		click(By.cssSelector("form[action$='/approve'] button"));
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/admin/review$"));
		assertThat(text(".notice")).isEqualTo("L’article est approuvé et publié.");
		this.browser.get(base() + path);
		assertThat(text("main")).contains("salle Al Wahda");
	}

	private void account(String email, String name, Role role) {
		NewUserForm form = new NewUserForm();
		form.setEmail(email);
		form.setDisplayName(name);
		form.setRole(role);
		form.setPassword(PASSWORD);
		this.users.create(form, SiteTest.ADMIN_EMAIL);
	}

	long waitForArticlePage() {
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/admin/articles/\\d+$"));
		Matcher matcher = Pattern.compile("/admin/articles/(\\d+)$").matcher(this.browser.getCurrentUrl());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
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

	String base() {
		return "http://localhost:" + this.port;
	}

}
