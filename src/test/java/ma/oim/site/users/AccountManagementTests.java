package ma.oim.site.users;

import java.util.UUID;

import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What administrators do to accounts, and what every user does to their own password. */
@SiteTest
class AccountManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void administratorCreatesAnEditorWhoseFirstSignInWorks() throws Exception {
		String email = unique();
		this.mvc.perform(asAdmin(post("/admin/users/new")).param("email", "  " + email.toUpperCase() + " ")
			.param("displayName", "Amina Editor")
			.param("role", "EDITOR")
			.param("password", "twelve chars ok")).andExpect(status().isFound());
		User created = this.users.byEmail(email).orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.EDITOR);
		assertThat(created.getEmail()).isEqualTo(email);
		assertThat(this.passwordEncoder.matches("twelve chars ok", created.getPasswordHash())).isTrue();
		assertThat(created.getPasswordHash()).startsWith("{argon2}");
		assertThat(audit(email)).contains("USER_CREATED");
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("twelve chars ok"))
			.andExpect(authenticated().withRoles("EDITOR"));
	}

	@Test
	void invalidNewAccountShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		String existing = this.users.all().get(0).getEmail();
		Document page = Jsoup.parse(this.mvc
			.perform(asAdmin(post("/admin/users/new")).param("email", existing)
				.param("displayName", "Kept Name")
				.param("role", "ADMIN")
				.param("password", "short"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#email-error").text()).isEqualTo("Un compte existe déjà avec cette adresse.");
		assertThat(page.selectFirst("#password-error").text()).isEqualTo("Entre 12 et 200 caractères.");
		assertThat(page.select("#displayName-error")).isEmpty();
		assertThat(page.selectFirst("#displayName").val()).isEqualTo("Kept Name");
		assertThat(page.selectFirst("#email").attr("aria-describedby")).isEqualTo("email-error");
		assertThat(page.selectFirst("#role option[selected]").val()).isEqualTo("ADMIN");
		Document english = Jsoup.parse(this.mvc
			.perform(asAdmin(post("/admin/users/new?lang=en")).param("email", "not an email")
				.param("displayName", "")
				.param("role", "EDITOR")
				.param("password", "twelve chars ok"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.selectFirst("#email-error").text()).isEqualTo("This email address is not valid.");
		assertThat(english.selectFirst("#displayName-error").text()).isEqualTo("This field is required.");
	}

	@Test
	void administratorDisablesEnablesChangesRoleResetsPasswordAndUnlocks() throws Exception {
		User user = create(Role.EDITOR);
		String path = "/admin/users/" + user.getId();
		this.mvc.perform(asAdmin(post(path + "/enabled")).param("enabled", "false")).andExpect(status().isFound());
		assertThat(this.users.byId(user.getId()).orElseThrow().isEnabled()).isFalse();
		this.mvc.perform(asAdmin(post(path + "/enabled")).param("enabled", "true")).andExpect(status().isFound());
		this.mvc.perform(asAdmin(post(path + "/role")).param("role", "ADMIN")).andExpect(status().isFound());
		assertThat(this.users.byId(user.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
		this.mvc.perform(asAdmin(post(path + "/password")).param("newPassword", "a brand new passphrase")
			.param("confirmation", "a brand new passphrase")).andExpect(status().isFound());
		assertThat(this.passwordEncoder.matches("a brand new passphrase",
				this.users.byId(user.getId()).orElseThrow().getPasswordHash())).isTrue();
		this.mvc.perform(asAdmin(post(path + "/unlock"))).andExpect(status().isFound());
		assertThat(audit(user.getEmail())).containsExactly("USER_CREATED", "USER_DISABLED", "USER_ENABLED",
				"USER_ROLE_CHANGED", "USER_PASSWORD_RESET", "ACCOUNT_UNLOCKED");
	}

	@Test
	void badActionParametersAreClientErrors() throws Exception {
		User user = create(Role.EDITOR);
		this.mvc.perform(asAdmin(post("/admin/users/" + user.getId() + "/role")).param("role", "KING"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(asAdmin(post("/admin/users/999999/unlock"))).andExpect(status().isNotFound());
		this.mvc.perform(asAdmin(get("/admin/users/abc"))).andExpect(status().isBadRequest());
		this.mvc.perform(asAdmin(get("/admin/audit?page=0"))).andExpect(status().isBadRequest());
	}

	@Test
	void administratorCannotDisableOrDemoteThemselves() throws Exception {
		User admin = this.users.byEmail(SiteTest.ADMIN_EMAIL).orElseThrow();
		this.mvc.perform(asAdmin(post("/admin/users/" + admin.getId() + "/enabled")).param("enabled", "false"));
		this.mvc.perform(asAdmin(post("/admin/users/" + admin.getId() + "/role")).param("role", "EDITOR"));
		User after = this.users.byEmail(SiteTest.ADMIN_EMAIL).orElseThrow();
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void ownPasswordChangeNeedsTheCurrentOneAndTwelveCharacters() throws Exception {
		User user = create(Role.EDITOR);
		Document wrongCurrent = changeOwnPassword(user, "not my password", "a fine new passphrase");
		assertThat(wrongCurrent.selectFirst("#currentPassword-error").text())
			.isEqualTo("Le mot de passe actuel est incorrect.");
		Document tooShort = changeOwnPassword(user, "initial passphrase", "short one");
		assertThat(tooShort.selectFirst("#newPassword-error").text()).isEqualTo("Entre 12 et 200 caractères.");
		assertThat(this.passwordEncoder.matches("initial passphrase",
				this.users.byId(user.getId()).orElseThrow().getPasswordHash())).isTrue();
		this.mvc.perform(post("/admin/account/password").with(csrf())
			.with(SecurityMockMvcRequestPostProcessors.user(user.getEmail()).roles("EDITOR"))
			.param("currentPassword", "initial passphrase")
			.param("newPassword", "a fine new passphrase")
			.param("confirmation", "a fine new passphrase")).andExpect(status().isFound());
		assertThat(this.passwordEncoder.matches("a fine new passphrase",
				this.users.byId(user.getId()).orElseThrow().getPasswordHash())).isTrue();
		assertThat(audit(user.getEmail())).containsExactly("USER_CREATED", "PASSWORD_CHANGED");
	}

	@Test
	void auditLogListsEventsNewestFirst() throws Exception {
		User user = create(Role.EDITOR);
		Document log = Jsoup.parse(this.mvc.perform(asAdmin(get("/admin/audit")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(log.selectFirst("tbody tr").text()).contains(user.getEmail(), "Compte créé");
		assertThat(log.select("tbody time").eachAttr("datetime")).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	private Document changeOwnPassword(User user, String current, String next) throws Exception {
		return Jsoup.parse(this.mvc.perform(post("/admin/account/password").with(csrf())
			.with(SecurityMockMvcRequestPostProcessors.user(user.getEmail()).roles("EDITOR"))
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", next)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(SecurityMockMvcRequestPostProcessors.user(SiteTest.ADMIN_EMAIL).roles("ADMIN"));
	}

	private User create(Role role) {
		NewUserForm form = new NewUserForm();
		form.setEmail(unique());
		form.setDisplayName("Someone");
		form.setRole(role);
		form.setPassword("initial passphrase");
		return this.users.create(form, SiteTest.ADMIN_EMAIL);
	}

	private static String unique() {
		return "user-" + UUID.randomUUID() + "@oim.test";
	}

	private java.util.List<String> audit(String email) {
		return this.jdbc.queryForList("select action from audit_entry where target_id = ? order by id", String.class,
				email);
	}

}
