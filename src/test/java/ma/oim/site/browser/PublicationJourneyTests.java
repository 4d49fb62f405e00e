package ma.oim.site.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestPdfs;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor uploads a French and an English PDF to a new publication and publishes it; a
 * visitor finds it by a sentence that exists only inside the French PDF, in French (not in
 * English, where the English PDF's own sentence finds it), and downloads it. In Chromium,
 * through the real forms.
 */
@RequiresChromium
@SiteTest
class PublicationJourneyTests {

	static final String EDITOR = "editor-publications@oim.test";

	static final String PASSWORD = "a long editor password";

	static final String FRENCH_SENTENCE = "Les flamants roses hivernent dans la lagune de Merja Zerga.";

	static final String ENGLISH_SENTENCE = "Seven lighthouse keepers counted the storks at dawn.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserService users;

	@TempDir
	Path downloads;

	ChromeDriver browser;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from publication where id in (select publication_id from publication_text "
				+ "where title like 'Les zones humides du Maroc%')");
		if (this.browser != null) {
			this.browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
			SignIn.forget(this.browser, base());
		}
	}

	@Test
	void editorPublishesTwoPdfsAndAVisitorFindsOneByItsTextAndDownloadsIt() throws Exception {
		if (this.users.byEmail(EDITOR).isEmpty()) {
			NewUserForm form = new NewUserForm();
			form.setEmail(EDITOR);
			form.setDisplayName("Nadia Éditrice");
			form.setRole(Role.EDITOR);
			form.setPassword(PASSWORD);
			this.users.create(form, SiteTest.ADMIN_EMAIL);
		}
		Path french = this.downloads.resolve("rapport-zones-humides.pdf");
		byte[] frenchPdf = TestPdfs.withText("Les zones humides du Maroc", FRENCH_SENTENCE);
		Files.write(french, frenchPdf);
		Path english = this.downloads.resolve("wetlands-report.pdf");
		Files.write(english, TestPdfs.withText("Wetlands of Morocco", ENGLISH_SENTENCE));
		Path received = Files.createDirectories(this.downloads.resolve("received"));

		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
		SignIn.as(this.browser, base(), EDITOR, PASSWORD, "fr");

		this.browser.findElement(By.cssSelector("#main-menu a[href='/admin/publications']")).click();
		click(By.cssSelector("a[href='/admin/publications/new']"));
		type("texts[fr].title", "Les zones humides du Maroc");
		type("texts[fr].summary", "Un état des lieux des zones humides et des oiseaux qui y migrent.");
		type("texts[en].title", "Wetlands of Morocco");
		type("texts[en].summary", "A survey of the wetlands and the birds that migrate there.");
		this.browser.findElement(By.cssSelector("#type option[value=STUDY]")).click();
		this.browser.executeScript("arguments[0].value = '2025-05-12'", this.browser.findElement(By.id("issuedOn")));
		click(By.cssSelector("button[name=action][value=save]"));
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/admin/publications/[0-9]+"));
		assertThat(text(".notice")).isEqualTo("Publication enregistrée.");

		upload("fr", french);
		assertThat(text(".notice")).startsWith("Fichier enregistré.");
		upload("en", english);
		// The editor sees when search has read each file.
		wait(Duration.ofSeconds(30)).until((driver) -> {
			driver.navigate().refresh();
			return driver.findElements(By.cssSelector(".file-status")).size() == 2 && driver
				.findElements(By.cssSelector(".file-status"))
				.stream()
				.allMatch((status) -> status.getText().contains("la recherche trouve ce document par son contenu"));
		});
		assertThat(text(".file-status")).contains("Auteur : Jeanne Rédactrice");
		click(By.cssSelector("button[name=action][value=publish]"));
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.cssSelector(".notice"), "Publication publiée."));

		SignIn.forget(this.browser, base());
		this.browser.get(base() + "/fr");
		WebElement search = this.browser.findElement(By.id("site-search"));
		search.sendKeys("flamants roses hivernent lagune");
		search.submit();
		WebElement result = wait(Duration.ofSeconds(10)).until(ExpectedConditions
			.elementToBeClickable(By.cssSelector(".search-result a[href^='/fr/publications/']")));
		assertThat(result.getText()).isEqualTo("Les zones humides du Maroc");
		result.click();
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fr/publications/"));
		assertThat(text("h1")).isEqualTo("Les zones humides du Maroc");
		WebElement download = this.browser.findElement(By.cssSelector(".downloads a[hreflang=fr]"));
		assertThat(download.getAttribute("type")).isEqualTo("application/pdf");
		assertThat(this.browser.findElement(By.cssSelector(".downloads a[hreflang=en]")).getAttribute("type"))
			.isEqualTo("application/pdf");

		this.browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", received.toString()));
		download.click();
		String name = download.getAttribute("href").replaceAll(".*/", "");
		Path file = received.resolve(name);
		wait(Duration.ofSeconds(20)).until((driver) -> Files.exists(file) && sizeOf(file) == frenchPdf.length);
		assertThat(Files.readAllBytes(file)).isEqualTo(frenchPdf);

		// The French sentence is in the French PDF only: English search does not find it, its own sentence does.
		this.browser.get(base() + "/en/search?q=flamants+roses+hivernent");
		assertThat(this.browser.findElements(By.cssSelector(".search-result a[href^='/en/publications/']"))).isEmpty();
		this.browser.get(base() + "/en/search?q=lighthouse+keepers+storks");
		assertThat(this.browser.findElements(By.cssSelector(".search-result a[href^='/en/publications/']"))).hasSize(1);
	}

	private void upload(String language, Path file) {
		this.browser.findElement(By.id("file-" + language)).sendKeys(file.toString());
		// admin.js sends the file with a progress bar and puts the answer's body in place.
		WebElement before = this.browser.findElement(By.tagName("body"));
		click(By.cssSelector("#files form:has(#file-" + language + ") button[type=submit]"));
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
		wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
	}

	private void type(String name, String value) {
		WebElement field = this.browser.findElement(By.name(name));
		field.clear();
		field.sendKeys(value);
	}

	private void click(By by) {
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(this.browser, timeout);
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			return -1;
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
