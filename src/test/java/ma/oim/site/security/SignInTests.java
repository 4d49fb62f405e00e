package ma.oim.site.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import ma.oim.site.audit.AuditAction;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in: who gets in, growing waits after failures (no lockout), and what the audit log keeps of it. */
@SiteTest
class SignInTests {

	static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anonymousVisitorOfTheBackOfficeIsSentToTheSignInPage() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		User editor = newAccount(Role.EDITOR);
		this.mvc.perform(post("/login").param("email", editor.getEmail()).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		this.mvc.perform(post("/admin/account/password").with(user(editor.getEmail()).roles("EDITOR"))
			.param("currentPassword", PASSWORD)
			.param("newPassword", "another long passphrase")
			.param("confirmation", "another long passphrase")).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(editor.getEmail()).roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void rightPasswordSignsInAndIsAudited() throws Exception {
		User editor = newAccount(Role.EDITOR);
		this.mvc.perform(formLogin("/login").userParameter("email").user(editor.getEmail()).password(PASSWORD))
			.andExpect(authenticated().withUsername(editor.getEmail()).withRoles("EDITOR"))
			.andExpect(redirectedUrl("/admin"));
		assertThat(actions(editor)).containsExactly(AuditAction.USER_CREATED.name(), AuditAction.LOGIN_SUCCESS.name());
		assertThat(this.users.byEmail(editor.getEmail()).orElseThrow().getLastLoginAt()).isNotNull();
	}

	@Test
	void wrongPasswordsMakeTheNextAttemptsWaitLongerAndLongerWithoutLockingTheAccount() throws Exception {
		User editor = newAccount(Role.EDITOR);
		String address = SignInThrottleTests.randomAddress();
		this.clock.setInstant(this.clock.instant());
		for (int attempt = 1; attempt <= 5; attempt++) {
			SignInThrottleTests.attempt(this.mvc, address, editor.getEmail(), "wrong password " + attempt)
				.andExpect(redirectedUrl("/login?error"));
		}
		// The sixth must wait, even with the right password: waiting tells nothing about it.
		long firstWait = SignInThrottleTests.retryAfter(
				SignInThrottleTests.attempt(this.mvc, address, editor.getEmail(), PASSWORD)
					.andExpect(status().isTooManyRequests())
					.andExpect(unauthenticated()));
		assertThat(firstWait).isBetween(1L, 60L);
		// Each wait over, one more wrong password gets through, and the waits grow.
		long lastWait = firstWait;
		for (int attempt = 6; attempt <= 25; attempt++) {
			this.clock.setInstant(this.clock.instant().plusSeconds(lastWait));
			SignInThrottleTests.attempt(this.mvc, address, editor.getEmail(), "wrong password " + attempt)
				.andExpect(redirectedUrl("/login?error"));
			long wait = SignInThrottleTests.retryAfter(
					SignInThrottleTests.attempt(this.mvc, address, editor.getEmail(), "wrong password again")
						.andExpect(status().isTooManyRequests()));
			assertThat(wait).as("wait after " + attempt + " failures").isGreaterThanOrEqualTo(lastWait - 1);
			lastWait = wait;
		}
		assertThat(lastWait).as("wait after 25 failures").isGreaterThan(Duration.ofMinutes(5).toSeconds());
		// Never locked: once the wait is over, the right password signs in.
		assertThat(this.users.byEmail(editor.getEmail()).orElseThrow().isLockedAt(this.clock.instant())).isFalse();
		this.clock.setInstant(this.clock.instant().plusSeconds(lastWait));
		SignInThrottleTests.attempt(this.mvc, address, editor.getEmail(), PASSWORD).andExpect(authenticated());
		List<String> actions = actions(editor);
		assertThat(actions).startsWith("USER_CREATED", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
				"LOGIN_FAILURE", "SIGN_IN_THROTTLED", "LOGIN_FAILURE")
			.endsWith("LOGIN_SUCCESS")
			.doesNotContain("ACCOUNT_LOCKED");
		assertThat(actions).filteredOn("LOGIN_FAILURE"::equals).hasSize(25);
		assertThat(actions).filteredOn("SIGN_IN_THROTTLED"::equals).hasSize(1);
	}

	@Test
	void failureMessageDoesNotTellWhetherTheEmailHasAnAccount() throws Exception {
		User editor = newAccount(Role.EDITOR);
		String wrongPassword = failurePage(editor.getEmail(), "not the password");
		String unknownEmail = failurePage("nobody-" + UUID.randomUUID() + "@oim.test", "not the password");
		assertThat(wrongPassword).isEqualTo(unknownEmail).contains("Adresse e-mail ou mot de passe incorrect");
	}

	@Test
	void disabledAccountCannotSignIn() throws Exception {
		User editor = newAccount(Role.EDITOR);
		this.users.setEnabled(editor, false, SiteTest.ADMIN_EMAIL);
		signIn(editor.getEmail(), PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
		assertThat(actions(editor)).containsExactly("USER_CREATED", "USER_DISABLED", "LOGIN_FAILURE");
		assertThat(this.jdbc.queryForObject(
				"select details from audit_entry where target_id = ? and action = 'LOGIN_FAILURE'", String.class,
				editor.getEmail())).isEqualTo("account disabled");
	}

	@Test
	void editorCannotReachAccountManagementNorTheAuditLog() throws Exception {
		User editor = newAccount(Role.EDITOR);
		this.mvc.perform(get("/admin").with(user(editor.getEmail()).roles("EDITOR"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").with(user(editor.getEmail()).roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/new").with(user(editor.getEmail()).roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user(editor.getEmail()).roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void signOutIsAPostThatEndsTheSession() throws Exception {
		User editor = newAccount(Role.EDITOR);
		MvcResult signedIn = signIn(editor.getEmail(), PASSWORD).andExpect(authenticated()).andReturn();
		this.mvc.perform(post("/logout").session((org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(password));
	}

	private String failurePage(String email, String password) throws Exception {
		signIn(email, password).andExpect(redirectedUrl("/login?error"));
		// The page, less its CSRF token, which differs on every rendering.
		return org.jsoup.Jsoup.parse(this.mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString())
			.selectFirst("main")
			.text();
	}

	private User newAccount(Role role) {
		NewUserForm form = new NewUserForm();
		form.setEmail("user-" + UUID.randomUUID() + "@oim.test");
		form.setDisplayName("Test " + role);
		form.setRole(role);
		form.setPassword(PASSWORD);
		return this.users.create(form, SiteTest.ADMIN_EMAIL);
	}

	private List<String> actions(User user) {
		return this.jdbc.queryForList("select action from audit_entry where target_id = ? order by id", String.class,
				user.getEmail());
	}

}
