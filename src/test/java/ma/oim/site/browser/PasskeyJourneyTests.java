package ma.oim.site.browser;

import java.util.List;

import ma.oim.site.OimApplication;
import ma.oim.site.testsupport.EmbeddedPostgresEnvironment;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.browser.Browsers;
import ma.oim.site.testsupport.browser.RequiresChromium;
import ma.oim.site.testsupport.browser.SignIn;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's passkey, in Chromium with a virtual authenticator (user verified, resident
 * key, internal, CTAP2): registered from "my passkeys", then the only thing needed to sign
 * in, on this node and on a second node of the same database, which also honours the
 * session; once removed, it opens nothing.
 */
@RequiresChromium
@SiteTest
class PasskeyJourneyTests {

	static final String EDITOR = "passkey-editor@oim.test";

	static ConfigurableApplicationContext secondNode;

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	VirtualAuthenticator authenticator;

	@BeforeAll
	static void startSecondNode() {
		secondNode = new SpringApplicationBuilder(OimApplication.class).run("--server.port=0",
				"--management.server.port=0", "--" + EmbeddedPostgresEnvironment.ALWAYS_PROPERTY + "=true",
				"--spring.jmx.enabled=false", "--oim.page-cache.enabled=false", "--oim.passkeys.local-origin=true",
				"--oim.admin.email=" + SiteTest.ADMIN_EMAIL, "--oim.admin.password=" + SiteTest.ADMIN_PASSWORD);
	}

	@AfterAll
	static void stopSecondNode() {
		secondNode.close();
	}

	@AfterEach
	void removeAuthenticator() {
		if (this.browser != null) {
			if (this.authenticator != null) {
				((HasVirtualAuthenticator) this.browser).removeVirtualAuthenticator(this.authenticator);
			}
			SignIn.forget(this.browser, base());
		}
	}

	@Test
	void anEditorSignsInWithAPasskeyAloneOnEitherNodeUntilItIsRemoved() {
		if (this.users.byEmail(EDITOR).isEmpty()) {
			NewUserForm form = new NewUserForm();
			form.setEmail(EDITOR);
			form.setDisplayName("Nadia Clé");
			form.setRole(Role.EDITOR);
			form.setPassword("a long editor password");
			this.users.create(form, SiteTest.ADMIN_EMAIL);
		}
		this.browser = Browsers.withJavaScript();
		SignIn.forget(this.browser, base());
		Browsers.resize(this.browser, Browsers.DESKTOP);
		this.authenticator = ((HasVirtualAuthenticator) this.browser)
			.addVirtualAuthenticator(new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
				.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
				.setHasResidentKey(true)
				.setHasUserVerification(true)
				.setIsUserVerified(true));

		SignIn.as(this.browser, base(), EDITOR, "a long editor password", "fr");
		this.browser.get(base() + "/admin/account/passkeys?lang=fr");
		this.browser.findElement(By.id("passkey-label")).clear();
		this.browser.findElement(By.id("passkey-label")).sendKeys("Ordinateur du bureau");
		this.browser.findElement(By.id("passkey-register-button")).click();
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tbody tr")));
		assertThat(this.browser.findElement(By.cssSelector("tbody tr td")).getText()).isEqualTo("Ordinateur du bureau");
		assertThat(this.authenticator.getCredentials()).hasSize(1);

		SignIn.out(this.browser);
		signInWithPasskey(base());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bonjour Nadia Clé");

		// The second node reads the same session from PostgreSQL (cookies do not depend on the port).
		String second = "http://localhost:" + ((WebServerApplicationContext) secondNode).getWebServer().getPort();
		this.browser.get(second + "/admin");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bonjour Nadia Clé");
		SignIn.out(this.browser);
		signInWithPasskey(second);
		assertThat(this.browser.getCurrentUrl()).startsWith(second + "/admin");

		this.browser.get(second + "/admin/account/passkeys");
		this.browser.findElement(By.cssSelector("form[action$='/remove'] button")).click();
		SignIn.wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(this.browser.findElements(By.cssSelector("tbody tr"))).isEmpty();
		SignIn.out(this.browser);
		this.browser.findElement(By.id("passkey-sign-in-button")).click();
		SignIn.wait(this.browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in-error")));
		assertThat(this.browser.findElement(By.id("passkey-sign-in-error")).getText())
			.isEqualTo("Cette clé d’accès n’a pas été acceptée.");
		this.browser.get(second + "/admin");
		assertThat(this.browser.getCurrentUrl()).contains("/login");

		List<String> audit = this.jdbc.queryForList(
				"select action from audit_entry where target_id = ? order by id", String.class, EDITOR);
		assertThat(audit).containsSubsequence("PASSKEY_REGISTERED", "PASSKEY_SIGN_IN", "PASSKEY_SIGN_IN",
				"PASSKEY_REMOVED");
	}

	private void signInWithPasskey(String node) {
		this.browser.get(node + "/login?lang=fr");
		this.browser.findElement(By.id("passkey-sign-in-button")).click();
		SignIn.wait(this.browser).until(ExpectedConditions.urlMatches("/admin"));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
