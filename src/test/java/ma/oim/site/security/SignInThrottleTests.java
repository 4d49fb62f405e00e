package ma.oim.site.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import ma.oim.site.testsupport.HtmlChecker;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Findings 1 and 2 of the penetration test: a flood of sign-in attempts is refused before
 * any password is hashed, and strangers' failures can no longer lock an owner out.
 */
@SiteTest
class SignInThrottleTests {

	static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	/** Finding 1: every attempt used to run Argon2 and write to the database, without end. */
	@Test
	void floodFromOneAddressIsRefusedWith429BeforeAnyPasswordIsHashed() throws Exception {
		String address = randomAddress();
		List<String> emails = new ArrayList<>();
		int refused = 0;
		MockHttpServletResponse lastRefusal = null;
		for (int attempt = 0; attempt < 40; attempt++) {
			String email = "nobody-" + UUID.randomUUID() + "@oim.test";
			emails.add(email);
			MockHttpServletResponse response = attempt(this.mvc, address, email, "guess " + attempt).andReturn()
				.getResponse();
			if (response.getStatus() == 429) {
				refused++;
				lastRefusal = response;
			}
			else {
				assertThat(response.getRedirectedUrl()).as("attempt " + attempt).isEqualTo("/login?error");
			}
		}
		assertThat(refused).as("attempts refused").isEqualTo(30);
		assertThat(Long.parseLong(lastRefusal.getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(lastRefusal.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(lastRefusal.getHeader("Content-Security-Policy")).isNotNull();
		Document page = Jsoup.parse(lastRefusal.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Trop de tentatives de connexion");
		assertThat(page.selectFirst("[role=alert]").text()).contains("Vous pourrez réessayer dans 1 min");
		// Only the attempts let through were checked and written down; the onset of the refusals once.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'LOGIN_FAILURE' and target_id = any(?)", Integer.class,
				(Object) emails.toArray(String[]::new)))
			.isEqualTo(10);
		assertThat(this.jdbc.queryForList(
				"select details from audit_entry where action = 'SIGN_IN_THROTTLED' and target_id = ?", String.class,
				address))
			.singleElement()
			.asString()
			.startsWith("address, ");
	}

	@Test
	void refusalPageSpeaksTheVisitorsLanguage() throws Exception {
		String address = randomAddress();
		for (int attempt = 0; attempt < 10; attempt++) {
			attempt(this.mvc, address, "nobody-" + UUID.randomUUID() + "@oim.test", "guess")
				.andExpect(redirectedUrl("/login?error"));
		}
		MvcResult refused = this.mvc
			.perform(post("/login").param("email", "x@oim.test")
				.param("password", "guess")
				.header("Accept-Language", "en-GB,en;q=0.9")
				.with(csrf())
				.with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		HtmlChecker.assertValid("429 page", refused.getResponse().getContentAsString());
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Too many sign-in attempts");
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
	}

	/** Finding 1: password checks are bounded; the ones beyond are refused at once, not queued. */
	@Test
	void attemptsBeyondTheConcurrentPasswordChecksAreRefusedAtOnce() throws Exception {
		int attempts = 16;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				String address = randomAddress();
				String email = "nobody-" + UUID.randomUUID() + "@oim.test";
				responses.add(pool.submit(() -> {
					start.await();
					return attempt(this.mvc, address, email, "guess").andReturn().getResponse();
				}));
			}
			start.countDown();
			int busy = 0;
			for (Future<MockHttpServletResponse> future : responses) {
				MockHttpServletResponse response = future.get();
				if (response.getStatus() == 429) {
					assertThat(response.getHeader("Retry-After")).isEqualTo("1");
					assertThat(response.getContentAsString()).contains("Le service de connexion est très sollicité");
					busy++;
				}
				else {
					assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
				}
			}
			assertThat(busy).as("attempts refused while the password checks were busy").isPositive();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Finding 2: five wrong passwords from anyone used to lock any account for 15 minutes, again and again. */
	@Test
	void strangersCannotLockTheOwnerOutOfTheirAccount() throws Exception {
		User owner = newAccount(Role.ADMIN);
		String home = randomAddress();
		MvcResult signedIn = attempt(this.mvc, home, owner.getEmail(), PASSWORD).andExpect(authenticated()).andReturn();
		Cookie device = signedIn.getResponse().getCookie(DeviceCookies.NAME);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getPath()).isEqualTo("/login");
		assertThat(device.getMaxAge()).isGreaterThan(30 * 24 * 3600);
		// Strangers, from many addresses, send wrong passwords to the account.
		MockHttpServletResponse last = null;
		for (int attempt = 0; attempt < 40; attempt++) {
			last = attempt(this.mvc, randomAddress(), owner.getEmail(), "guess " + attempt).andReturn().getResponse();
		}
		assertThat(last.getStatus()).isEqualTo(429);
		assertThat(last.getHeader("Retry-After")).isNotBlank();
		// A stranger with the right password (or the owner on a new browser) must wait too.
		attempt(this.mvc, randomAddress(), owner.getEmail(), PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(unauthenticated());
		// The owner, from the browser they signed in with before, is not slowed down: a typo, then in.
		attempt(this.mvc, home, owner.getEmail(), "a typo", device).andExpect(redirectedUrl("/login?error"));
		attempt(this.mvc, home, owner.getEmail(), PASSWORD, device).andExpect(authenticated());
		// Nor from another address (a phone's network changes), nor is the account locked.
		attempt(this.mvc, randomAddress(), owner.getEmail(), PASSWORD, device).andExpect(authenticated());
		assertThat(this.users.byEmail(owner.getEmail()).orElseThrow().getLockedUntil()).isNull();
		// The administrator sees the attempts: the failures, and when the throttling began.
		List<String> actions = this.jdbc.queryForList(
				"select action from audit_entry where target_id = ? order by id", String.class, owner.getEmail());
		assertThat(actions).contains("LOGIN_FAILURE", "SIGN_IN_THROTTLED").doesNotContain("ACCOUNT_LOCKED");
		assertThat(actions).filteredOn("LOGIN_FAILURE"::equals).hasSize(6);
		assertThat(actions).filteredOn("SIGN_IN_THROTTLED"::equals).hasSize(1);
		assertThat(actions).filteredOn("LOGIN_SUCCESS"::equals).hasSize(3);
	}

	@Test
	void deviceCookieIsForItsOwnAccountOnlyAndCannotBeForged() throws Exception {
		User owner = newAccount(Role.EDITOR);
		User other = newAccount(Role.EDITOR);
		Cookie device = attempt(this.mvc, randomAddress(), owner.getEmail(), PASSWORD).andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie(DeviceCookies.NAME);
		for (int attempt = 0; attempt < 10; attempt++) {
			attempt(this.mvc, randomAddress(), other.getEmail(), "guess " + attempt);
		}
		// Owner's cookie, other account: counted as a stranger's attempt.
		attempt(this.mvc, randomAddress(), other.getEmail(), PASSWORD, device).andExpect(status().isTooManyRequests());
		String[] parts = device.getValue().split("\\.");
		for (String forged : List.of(parts[0] + "." + parts[1] + ".AAAA", "x." + parts[1] + "." + parts[2],
				parts[0] + "." + (Long.parseLong(parts[1]) - 1) + "." + parts[2], "", "...", "a.b.c.d",
				parts[0] + ".99999999999999999999." + parts[2])) {
			attempt(this.mvc, randomAddress(), other.getEmail(), PASSWORD, new Cookie(DeviceCookies.NAME, forged))
				.andExpect(status().isTooManyRequests());
		}
	}

	static ResultActions attempt(MockMvc mvc, String address, String email, String password, Cookie... cookies)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/login").param("email", email)
			.param("password", password)
			.with(csrf())
			.with(from(address));
		return mvc.perform((cookies.length > 0) ? request.cookie(cookies) : request);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static long retryAfter(ResultActions refused) {
		return Long.parseLong(refused.andReturn().getResponse().getHeader("Retry-After"));
	}

	/** A private address, new to the throttle. */
	static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private User newAccount(Role role) {
		NewUserForm form = new NewUserForm();
		form.setEmail("user-" + UUID.randomUUID() + "@oim.test");
		form.setDisplayName("Test " + role);
		form.setRole(role);
		form.setPassword(PASSWORD);
		return this.users.create(form, SiteTest.ADMIN_EMAIL);
	}

}
