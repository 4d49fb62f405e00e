package ma.oim.site.users;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ma.oim.site.testsupport.SiteClient;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** "My sessions": an account's open sessions, listed to their owner, ended one by one or all but this one. */
@SiteTest
class SessionsTests {

	private static final String FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";

	private static final String CHROME_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36";

	private static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

	private static final AtomicInteger addresses = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOwnerSeesEachSessionAndEndsOneThenAllOthers() {
		String email = newEditor();
		SiteClient laptop = signedIn(email, FIREFOX_WINDOWS);
		SiteClient phone = signedIn(email, CHROME_ANDROID);
		SiteClient tablet = signedIn(email, SAFARI_IPHONE);

		Document page = Jsoup.parse(laptop.get("/admin/account/sessions?lang=en").body());
		List<String> rows = page.select("tbody tr").eachText();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).startsWith("Firefox, Windows (this session)");
		assertThat(rows).anyMatch((row) -> row.startsWith("Chrome, Android"))
			.anyMatch((row) -> row.startsWith("Safari, iOS"));
		assertThat(page.select("tbody tr").get(0).select("form")).as("the current one has no end button").isEmpty();
		assertThat(page.html()).doesNotContain(sessionIds(email));

		String phoneHandle = handleOf(page, "Chrome, Android");
		laptop.get("/admin/account/sessions");
		assertThat(laptop.post("/admin/account/sessions/end", "session", phoneHandle).statusCode()).isEqualTo(302);
		assertThat(phone.get("/admin").statusCode()).as("phone signed out").isEqualTo(302);
		assertThat(tablet.get("/admin").statusCode()).isEqualTo(200);

		laptop.get("/admin/account/sessions");
		assertThat(laptop.post("/admin/account/sessions/end-others").statusCode()).isEqualTo(302);
		assertThat(tablet.get("/admin").statusCode()).as("tablet signed out").isEqualTo(302);
		assertThat(laptop.get("/admin").statusCode()).as("this session stays").isEqualTo(200);
		assertThat(Jsoup.parse(laptop.get("/admin/account/sessions").body()).select("tbody tr")).hasSize(1);
		assertThat(audit(email)).contains("SESSION_ENDED", "OTHER_SESSIONS_ENDED");
	}

	@Test
	void anotherAccountsSessionOrAForgedHandleEndsNothing() {
		String victim = newEditor();
		SiteClient victimBrowser = signedIn(victim, FIREFOX_WINDOWS);
		SiteClient victimOther = signedIn(victim, CHROME_ANDROID);
		String handle = handleOf(Jsoup.parse(victimBrowser.get("/admin/account/sessions").body()), "Chrome, Android");

		SiteClient attacker = signedIn(newEditor(), SAFARI_IPHONE);
		attacker.get("/admin/account/sessions");
		for (String forged : List.of(handle, "", "x".repeat(5000), "' or 1=1 --")) {
			HttpResponse<String> answer = attacker.post("/admin/account/sessions/end", "session", forged);
			assertThat(answer.statusCode()).isEqualTo(302);
		}
		assertThat(victimOther.get("/admin").statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(attacker.get("/admin/account/sessions").body()).select(".problem").text())
			.isEqualTo("Cette session n’existe plus.");
	}

	@Test
	void endingASessionNeedsTheCsrfToken() {
		String email = newEditor();
		SiteClient laptop = signedIn(email, FIREFOX_WINDOWS);
		SiteClient phone = signedIn(email, CHROME_ANDROID);
		SiteClient noToken = new SiteClient(this.port, "10.25.9.9");
		// A fresh client has no form page read: its post carries an empty token.
		assertThat(noToken.post("/admin/account/sessions/end-others").statusCode()).isIn(302, 403);
		assertThat(phone.get("/admin").statusCode()).isEqualTo(200);
		assertThat(laptop.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorEndsEverySessionOfAnAccount() {
		String email = newEditor();
		SiteClient laptop = signedIn(email, FIREFOX_WINDOWS);
		SiteClient phone = signedIn(email, CHROME_ANDROID);
		long id = this.users.byEmail(email).orElseThrow().getId();
		SiteClient admin = signedIn(SiteTest.ADMIN_EMAIL, FIREFOX_WINDOWS, SiteTest.ADMIN_PASSWORD);
		admin.get("/admin/users/" + id);
		assertThat(admin.post("/admin/users/" + id + "/sessions/end").statusCode()).isEqualTo(302);
		assertThat(laptop.get("/admin").statusCode()).isEqualTo(302);
		assertThat(phone.get("/admin").statusCode()).isEqualTo(302);
		assertThat(audit(email)).contains("SESSIONS_ENDED_BY_ADMINISTRATOR");

		SiteClient editor = signedIn(newEditor(), FIREFOX_WINDOWS);
		editor.get("/admin/account/sessions");
		assertThat(editor.post("/admin/users/" + id + "/sessions/end").statusCode()).as("editors may not")
			.isEqualTo(403);
	}

	@Test
	void devicesAreReducedToBrowserAndSystem() {
		assertThat(Devices.describe(FIREFOX_WINDOWS)).isEqualTo("Firefox, Windows");
		assertThat(Devices.describe(CHROME_ANDROID)).isEqualTo("Chrome, Android");
		assertThat(Devices.describe(SAFARI_IPHONE)).isEqualTo("Safari, iOS");
		assertThat(Devices.describe(
				"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0"))
			.isEqualTo("Edge, macOS");
		assertThat(Devices.describe("curl/8.0")).isEqualTo("?, ?");
		assertThat(Devices.describe(null)).isNull();
	}

	private SiteClient signedIn(String email, String userAgent) {
		return signedIn(email, userAgent, "editor password ok");
	}

	private SiteClient signedIn(String email, String userAgent, String password) {
		int n = addresses.incrementAndGet();
		SiteClient client = new SiteClient(this.port, "10.26." + (n / 250) + "." + (1 + n % 250)).as(userAgent);
		assertThat(client.signIn(email, password).headers().firstValue("Location")).hasValue("/admin");
		return client;
	}

	private static String handleOf(Document page, String device) {
		for (Element row : page.select("tbody tr")) {
			if (row.text().startsWith(device)) {
				return row.selectFirst("input[name=session]").val();
			}
		}
		throw new AssertionError("No session from " + device);
	}

	private String[] sessionIds(String email) {
		return this.jdbc.queryForList("select session_id from spring_session where principal_name = ?", String.class,
				email).toArray(String[]::new);
	}

	private List<String> audit(String email) {
		return this.jdbc.queryForList("select action from audit_entry where target_id = ? order by id", String.class,
				email);
	}

	private String newEditor() {
		NewUserForm form = new NewUserForm();
		form.setEmail("sessions-" + UUID.randomUUID() + "@oim.test");
		form.setDisplayName("Session Tester");
		form.setRole(Role.EDITOR);
		form.setPassword("editor password ok");
		return this.users.create(form, SiteTest.ADMIN_EMAIL).getEmail();
	}

}
