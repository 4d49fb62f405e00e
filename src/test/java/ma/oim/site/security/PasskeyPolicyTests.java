package ma.oim.site.security;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ma.oim.site.testsupport.SiteClient;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Require a passkey for administrator accounts": only an administrator who has one can turn
 * it on; then a password alone opens no administrator's session (one with a passkey must use
 * it; one without may only register one), editors are not concerned; every change audited.
 */
@SiteTest
class PasskeyPolicyTests {

	private static final String PASSWORD = "a long admin password";

	private static final AtomicInteger addresses = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void turnOff() {
		this.jdbc.update("delete from site_setting where name = ?", PasskeyPolicy.SETTING);
	}

	@Test
	void onlyAnAdministratorWithAPasskeyTurnsItOnAndThenPasswordsAloneOpenNoAdministratorSession() {
		String withKey = account(Role.ADMIN);
		String withoutKey = account(Role.ADMIN);
		String otherWithKey = account(Role.ADMIN);
		String editor = account(Role.EDITOR);

		SiteClient first = signedIn(withKey);
		first.get("/admin/users/passkey-setting");
		first.post("/admin/users/passkey-setting", "required", "true");
		assertThat(Jsoup.parse(first.get("/admin/users/passkey-setting").body()).select(".problem").text())
			.startsWith("Créez d’abord votre propre clé d’accès");
		assertThat(this.jdbc.queryForList("select value from site_setting where name = ?", String.class,
				PasskeyPolicy.SETTING)).isEmpty();

		givePasskey(withKey);
		givePasskey(otherWithKey);
		first.get("/admin/users/passkey-setting");
		assertThat(first.post("/admin/users/passkey-setting", "required", "true").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select value from site_setting where name = ?", String.class,
				PasskeyPolicy.SETTING)).isEqualTo("true");
		assertThat(this.jdbc.queryForList("select actor from audit_entry where action = 'SETTING_CHANGED' and target_id = ?",
				String.class, PasskeyPolicy.SETTING)).contains(withKey);

		HttpResponse<String> next = first.get("/admin/users/passkey-setting");
		assertThat(next.headers().firstValue("Location")).hasValue("/login?passkey");
		assertThat(first.get("/admin").statusCode()).as("the password session ended").isEqualTo(302);
		assertThat(first.get("/login?passkey").body()).contains("connectez-vous avec la vôtre");

		SiteClient other = signedIn(otherWithKey);
		assertThat(other.get("/admin").headers().firstValue("Location")).hasValue("/login?passkey");

		SiteClient newcomer = signedIn(withoutKey);
		assertThat(newcomer.get("/admin").headers().firstValue("Location"))
			.hasValue(AdministratorPasskeyFilter.PASSKEYS_PAGE + "?required");
		assertThat(newcomer.get("/admin/users").headers().firstValue("Location"))
			.hasValue(AdministratorPasskeyFilter.PASSKEYS_PAGE + "?required");
		HttpResponse<String> register = newcomer.get(AdministratorPasskeyFilter.PASSKEYS_PAGE + "?required");
		assertThat(register.statusCode()).isEqualTo(200);
		assertThat(register.body()).contains("Créez la vôtre ci-dessous");

		assertThat(signedIn(editor).get("/admin").statusCode()).as("editors are not concerned").isEqualTo(200);
	}

	@Test
	void editorsCannotChangeTheSetting() {
		SiteClient editor = signedIn(account(Role.EDITOR));
		editor.get("/admin");
		assertThat(editor.post("/admin/users/passkey-setting", "required", "false").statusCode()).isEqualTo(403);
		assertThat(editor.get("/admin/users/passkey-setting").statusCode()).isEqualTo(403);
	}

	private void givePasskey(String email) {
		String handle = UUID.randomUUID().toString();
		this.jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)", handle, email, email);
		this.jdbc.update("""
				insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible,
				backup_state, label) values (?, ?, ?, false, false, 'test')""", UUID.randomUUID().toString(), handle,
				new byte[] { 1 });
	}

	private SiteClient signedIn(String email) {
		int n = addresses.incrementAndGet();
		SiteClient client = new SiteClient(this.port, "10.28." + (n / 250) + "." + (1 + n % 250));
		assertThat(client.signIn(email, PASSWORD).headers().firstValue("Location")).hasValue("/admin");
		return client;
	}

	private String account(Role role) {
		NewUserForm form = new NewUserForm();
		form.setEmail("policy-" + UUID.randomUUID() + "@oim.test");
		form.setDisplayName("Policy " + role);
		form.setRole(role);
		form.setPassword(PASSWORD);
		return this.users.create(form, SiteTest.ADMIN_EMAIL).getEmail();
	}

}
