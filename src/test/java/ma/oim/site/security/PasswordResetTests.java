package ma.oim.site.security;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import ma.oim.site.testsupport.HtmlChecker;
import ma.oim.site.testsupport.Mailbox;
import ma.oim.site.testsupport.MutableClock;
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
 * Password reset by email, through the real server and the embedded SMTP server: the link
 * works once, for 30 minutes, for its own account only, and ends the account's sessions;
 * the answer never tells whether an address has an account; floods get 429, not emails.
 */
@SiteTest
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/login/reset\\?token=([A-Za-z0-9_-]{43})");

	private static final AtomicInteger addresses = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theLinkWorksOnceEndsEveryOtherSessionAndTellsTheOwner() throws Exception {
		String email = newEditor("first password ok");
		SiteClient otherDevice = client();
		assertThat(otherDevice.signIn(email, "first password ok").headers().firstValue("Location")).hasValue("/admin");
		assertThat(otherDevice.get("/admin").statusCode()).isEqualTo(200);

		String token = requestLink(client(), email);
		SiteClient owner = client();
		HttpResponse<String> form = owner.get("/login/reset?token=" + token);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Choisir un nouveau mot de passe");
		HtmlChecker.assertValid("reset form", form.body());
		HttpResponse<String> mismatch = owner.post("/login/reset", "token", token, "newPassword", "short",
				"confirmation", "other");
		assertThat(mismatch.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(mismatch.body()).select(".field-error").eachAttr("id")).containsExactly("newPassword-error");
		HtmlChecker.assertValid("reset form with errors", mismatch.body());
		HttpResponse<String> done = owner.post("/login/reset", "token", token, "newPassword", "second password ok",
				"confirmation", "second password ok");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValue("/login?reset");

		assertThat(otherDevice.get("/admin").statusCode()).as("the other session ended").isEqualTo(302);
		assertThat(client().signIn(email, "first password ok").headers().firstValue("Location"))
			.hasValue("/login?error");
		assertThat(client().signIn(email, "second password ok").headers().firstValue("Location")).hasValue("/admin");

		HttpResponse<String> again = owner.post("/login/reset", "token", token, "newPassword", "third password ok",
				"confirmation", "third password ok");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Ce lien n’est pas valable");
		assertThat(owner.get("/login/reset?token=" + token).statusCode()).isEqualTo(400);
		assertThat(client().signIn(email, "second password ok").headers().firstValue("Location")).hasValue("/admin");

		assertThat(Mailbox.to(email)).extracting(MimeMessage::getSubject)
			.containsExactly("[OIM Maroc] Réinitialiser votre mot de passe",
					"[OIM Maroc] Votre mot de passe a été changé");
		assertThat(this.jdbc.queryForList("select action from audit_entry where target_id = ? order by id",
				String.class, email))
			.contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_BY_EMAIL");
	}

	@Test
	void anAccountAskingFromAnArabicPageGetsArabicPagesAndEmails() throws Exception {
		String email = newEditor("first password ok");
		SiteClient owner = client();
		HttpResponse<String> forgot = owner.get("/login/forgot?lang=ar");
		assertArabic(forgot.body());
		HtmlChecker.assertValid("forgotten password (ar)", forgot.body());
		assertThat(owner.post("/login/forgot", "email", email).statusCode()).isEqualTo(302);
		MimeMessage request = Mailbox.waitFor(email);
		assertThat(request.getSubject()).isEqualTo("[المنظمة الدولية للهجرة – المغرب] إعادة تعيين كلمة المرور");
		// Arabic text travels encoded: the decoded content is what the recipient reads.
		String body = request.getContent().toString();
		assertThat(body).startsWith("مرحبًا Reset Tester،");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		HttpResponse<String> form = owner.get("/login/reset?token=" + link.group(1));
		assertArabic(form.body());
		assertThat(form.body()).contains("اختيار كلمة مرور جديدة");
		assertThat(owner.post("/login/reset", "token", link.group(1), "newPassword", "second password ok",
				"confirmation", "second password ok").statusCode()).isEqualTo(302);
		assertThat(Mailbox.waitFor(email, 2)).extracting(MimeMessage::getSubject)
			.containsExactly("[المنظمة الدولية للهجرة – المغرب] إعادة تعيين كلمة المرور", "[المنظمة الدولية للهجرة – المغرب] تم تغيير كلمة مروركم");
	}

	@Test
	void theLinkExpiresAfterThirtyMinutes() throws Exception {
		String email = newEditor("first password ok");
		String token = requestLink(client(), email);
		this.clock.setInstant(this.clock.instant().plus(Duration.ofMinutes(29)));
		SiteClient owner = client();
		assertThat(owner.get("/login/reset?token=" + token).statusCode()).isEqualTo(200);
		this.clock.setInstant(this.clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(owner.get("/login/reset?token=" + token).statusCode()).isEqualTo(400);
		assertThat(owner.post("/login/reset", "token", token, "newPassword", "second password ok", "confirmation",
				"second password ok").statusCode()).isEqualTo(400);
		// The next request, for any account, clears the expired link from the table.
		String other = newEditor("other password ok");
		requestLink(client(), other);
		assertThat(this.jdbc.queryForObject("select count(*) from password_reset_token t join app_user u"
				+ " on u.id = t.user_id where u.email = ?", Long.class, email)).isZero();
		this.clock.reset();
		assertThat(client().signIn(email, "first password ok").headers().firstValue("Location")).hasValue("/admin");
	}

	@Test
	void aLinkChangesOnlyItsOwnAccount() throws Exception {
		String first = newEditor("first password ok");
		String second = newEditor("second account password");
		String token = requestLink(client(), first);
		SiteClient attacker = client();
		attacker.get("/login/reset?token=" + token);
		assertThat(attacker.post("/login/reset", "token", token, "email", second, "username", second, "newPassword",
				"taken over password", "confirmation", "taken over password").statusCode()).isEqualTo(302);
		assertThat(client().signIn(second, "taken over password").headers().firstValue("Location"))
			.hasValue("/login?error");
		assertThat(client().signIn(second, "second account password").headers().firstValue("Location"))
			.hasValue("/admin");
		assertThat(client().signIn(first, "taken over password").headers().firstValue("Location")).hasValue("/admin");
	}

	@Test
	void guessedMalformedOrHostileTokensAreRefusedWithAClearMessage() {
		SiteClient guesser = client();
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String guessed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		for (String token : List.of(guessed, "", "abc", "x".repeat(5000), "' or 1=1 --", "\u0000\u202e",
				guessed.substring(1) + "=")) {
			HttpResponse<String> page = guesser.get("/login/reset?token=" + java.net.URLEncoder.encode(token,
					java.nio.charset.StandardCharsets.UTF_8));
			assertThat(page.statusCode()).as(token).isEqualTo(400);
			assertThat(page.body()).contains("Lien de réinitialisation non valable");
		}
		guesser.get("/login/forgot");
		HttpResponse<String> post = guesser.post("/login/reset", "token", guessed, "newPassword",
				"a password long enough", "confirmation", "a password long enough");
		assertThat(post.statusCode()).isEqualTo(400);
		assertThat(guesser.get("/login/reset").statusCode()).isEqualTo(400);
	}

	@Test
	void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
		String existing = newEditor("first password ok");
		String unknown = "nobody-" + UUID.randomUUID() + "@oim.test";
		List<Long> existingTimes = new ArrayList<>();
		List<Long> unknownTimes = new ArrayList<>();
		String existingPage = null;
		String unknownPage = null;
		for (int i = 0; i < 3; i++) {
			SiteClient one = client();
			one.get("/login/forgot");
			long start = System.nanoTime();
			HttpResponse<String> forExisting = one.post("/login/forgot", "email", existing);
			existingTimes.add(System.nanoTime() - start);
			SiteClient other = client();
			other.get("/login/forgot");
			start = System.nanoTime();
			HttpResponse<String> forUnknown = other.post("/login/forgot", "email", unknown);
			unknownTimes.add(System.nanoTime() - start);
			assertThat(forExisting.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(302);
			assertThat(forExisting.headers().firstValue("Location"))
				.isEqualTo(forUnknown.headers().firstValue("Location"));
			existingPage = one.get(forExisting.headers().firstValue("Location").orElseThrow()).body();
			unknownPage = other.get(forUnknown.headers().firstValue("Location").orElseThrow()).body();
		}
		assertThat(strip(existingPage)).isEqualTo(strip(unknownPage)).contains("Si un compte existe avec cette adresse");
		long existingMedian = existingTimes.stream().sorted().toList().get(1) / 1_000_000;
		long unknownMedian = unknownTimes.stream().sorted().toList().get(1) / 1_000_000;
		System.out.printf("Reset request: %d ms with an account, %d ms without (medians of 3)%n", existingMedian,
				unknownMedian);
		// The email leaves after the answer: nothing slow differs between the two.
		assertThat(Math.abs(existingMedian - unknownMedian)).isLessThan(250);
		Mailbox.waitFor(existing);
		assertThat(Mailbox.to(unknown)).isEmpty();
	}

	@Test
	void aFloodForOneAddressGets429AndAtMostAFewEmails() throws Exception {
		String email = newEditor("first password ok");
		int refused = 0;
		for (int i = 0; i < 100; i++) {
			SiteClient sender = client();
			sender.get("/login/forgot");
			HttpResponse<String> answer = sender.post("/login/forgot", "email", email);
			if (answer.statusCode() == 429) {
				refused++;
				assertThat(answer.headers().firstValue("Retry-After")).isPresent();
				assertThat(answer.body()).contains("Trop de demandes");
			}
			else {
				assertThat(answer.statusCode()).isEqualTo(302);
			}
		}
		assertThat(refused).isEqualTo(100 - ResetThrottle.PER_ADDRESS_PER_HOUR);
		Thread.sleep(1000);
		assertThat(Mailbox.to(email)).hasSize(ResetThrottle.PER_ADDRESS_PER_HOUR);
	}

	@Test
	void aFloodFromOneClientGets429InItsLanguage() {
		SiteClient flooder = client();
		flooder.get("/login/forgot?lang=en");
		int refused = 0;
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> answer = flooder.post("/login/forgot", "email",
					"nobody-" + UUID.randomUUID() + "@oim.test");
			if (answer.statusCode() == 429) {
				refused++;
				assertThat(answer.body()).contains("Too many reset requests");
			}
		}
		assertThat(refused).isGreaterThanOrEqualTo(15);
	}

	@Test
	void badAddressesAreShownByTheField() {
		SiteClient sender = client();
		sender.get("/login/forgot");
		for (String typed : List.of("", "not an email", "a@b.c\u0000", "x".repeat(5000) + "@oim.test")) {
			HttpResponse<String> answer = sender.post("/login/forgot", "email", typed);
			assertThat(answer.statusCode()).as(typed).isEqualTo(422);
			assertThat(answer.body()).contains("id=\"email-error\"");
		}
	}

	private String requestLink(SiteClient client, String email) throws Exception {
		client.get("/login/forgot");
		assertThat(client.post("/login/forgot", "email", email.toUpperCase()).statusCode()).isEqualTo(302);
		String body = GreenMailUtil.getBody(Mailbox.waitFor(email));
		Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as(body).isTrue();
		return link.group(1);
	}

	private String newEditor(String password) {
		NewUserForm form = new NewUserForm();
		form.setEmail("reset-" + UUID.randomUUID() + "@oim.test");
		form.setDisplayName("Reset Tester");
		form.setRole(Role.EDITOR);
		form.setPassword(password);
		return this.users.create(form, SiteTest.ADMIN_EMAIL).getEmail();
	}

	private SiteClient client() {
		int n = addresses.incrementAndGet();
		return new SiteClient(this.port, "10.24." + (n / 250) + "." + (1 + n % 250));
	}

	private static void assertArabic(String page) {
		org.jsoup.nodes.Element html = Jsoup.parse(page).selectFirst("html");
		assertThat(html.attr("lang")).isEqualTo("ar");
		assertThat(html.attr("dir")).isEqualTo("rtl");
	}

	/** The page without its CSRF token, which differs between any two sessions. */
	private static String strip(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
