package ma.oim.site.redirects;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ma.oim.site.testsupport.HtmlChecker;
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
 * The redirect manager through the real server: an administrator sends an old address to
 * a page, visitors asking for it get a 301 there, loops and chains and hostile input are
 * refused by the field with nothing stored, and only administrators manage redirects.
 */
@SiteTest
class RedirectTests {

	private static final AtomicInteger addresses = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserService users;

	@AfterEach
	void removeRedirects() {
		this.jdbc.update("delete from redirect");
	}

	@Test
	void anOldAddressOfThePreviousSiteLeadsVisitorsToItsPage() {
		SiteClient admin = administrator();
		assertThat(client().get("/fr/news/ancien-article").statusCode()).isEqualTo(404);
		HttpResponse<String> added = admin.post("/admin/redirects", "from",
				"https://morocco.iom.int/fr/news/ancien-article", "to", "/fr/actualites?axis=protection-et-resilience");
		assertThat(added.statusCode()).isEqualTo(302);
		HttpResponse<String> list = admin.get("/admin/redirects");
		assertThat(list.body()).contains("Redirection ajoutée.", "/fr/news/ancien-article");
		HtmlChecker.assertValid("redirect list", list.body());

		for (String asked : List.of("/fr/news/ancien-article", "/fr/news/ancien-article/")) {
			HttpResponse<String> visit = client().get(asked);
			assertThat(visit.statusCode()).as(asked).isEqualTo(301);
			assertThat(visit.headers().firstValue("Location"))
				.hasValue("/fr/actualites?axis=protection-et-resilience");
		}
		assertThat(client().get("/fr/actualites?axis=protection-et-resilience").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where target_type = 'redirect' and target_id = ? order by id",
				String.class, "/fr/news/ancien-article")).containsExactly("REDIRECT_ADDED");
	}

	@Test
	void arabicAddressesAreStoredReadableAndSentEncoded() {
		SiteClient admin = administrator();
		assertThat(admin.post("/admin/redirects", "from", "/ar/أخبار-قديمة", "to", "/ar/الأخبار").statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select from_path from redirect", String.class)).isEqualTo("/ar/أخبار-قديمة");
		HttpResponse<String> visit = client().get("/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%82%D8%AF%D9%8A%D9%85%D8%A9");
		assertThat(visit.statusCode()).isEqualTo(301);
		assertThat(visit.headers().firstValue("Location")).hasValue("/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1");
	}

	@Test
	void loopsAndChainsAreRefusedByTheField() {
		SiteClient admin = administrator();
		assertProblem(admin.post("/admin/redirects", "from", "/fr/a", "to", "/fr/a?x=1"), "to",
				"la redirection tournerait en boucle");
		assertThat(admin.post("/admin/redirects", "from", "/fr/a", "to", "/fr/b").statusCode()).isEqualTo(302);
		assertProblem(admin.post("/admin/redirects", "from", "/fr/a", "to", "/fr/c"), "from",
				"déjà redirigée vers /fr/b");
		assertProblem(admin.post("/admin/redirects", "from", "/fr/c", "to", "/fr/a"), "to",
				"elle-même redirigée vers /fr/b");
		assertProblem(admin.post("/admin/redirects", "from", "/fr/b", "to", "/fr/c"), "from",
				"L’adresse /fr/a est déjà redirigée vers celle-ci");
		assertThat(this.jdbc.queryForObject("select count(*) from redirect", Long.class)).isOne();
		// The redirect that stands leads in one step.
		assertThat(client().get("/fr/a").headers().firstValue("Location")).hasValue("/fr/b");
	}

	@Test
	void hostileInputGetsAClearMessageAndNothingIsStored() {
		SiteClient admin = administrator();
		assertProblem(admin.post("/admin/redirects", "from", "/fr/" + "x".repeat(5000), "to", "/fr"), "from",
				"Au plus 1");
		assertProblem(admin.post("/admin/redirects", "from", "/fr/a\u202Eb", "to", "/fr"), "from",
				"caractère de contrôle ou de direction");
		assertProblem(admin.post("/admin/redirects", "from", "/fr/<script>alert(1)</script>", "to", "/fr"), "from",
				"caractères qu’une adresse de page ne peut pas contenir");
		assertProblem(admin.post("/admin/redirects", "from", "/fr/old", "to", "https://evil.example/"), "to",
				"pas d’un autre");
		assertProblem(admin.post("/admin/redirects", "from", "/fr/old", "to", "//evil.example/"), "to",
				"commençant par /");
		assertProblem(admin.post("/admin/redirects", "from", "/fr/old", "to", "javascript:alert(1)"), "to",
				"commençant par /");
		assertProblem(admin.post("/admin/redirects", "from", "/admin", "to", "/fr"), "from", "réservée au site");
		assertProblem(admin.post("/admin/redirects", "from", "", "to", ""), "from", "Ce champ est obligatoire");
		HttpResponse<String> both = admin.post("/admin/redirects", "from", "", "to", "");
		assertThat(Jsoup.parse(both.body()).select(".field-error").eachAttr("id")).containsExactly("from-error",
				"to-error");
		HtmlChecker.assertValid("redirect form with errors", both.body());
		assertThat(this.jdbc.queryForObject("select count(*) from redirect", Long.class)).isZero();
	}

	@Test
	void onlyAdministratorsManageRedirectsAndEveryPostNeedsItsToken() {
		SiteClient editor = client();
		String email = "redirect-editor-" + UUID.randomUUID() + "@oim.test";
		NewUserForm form = new NewUserForm();
		form.setEmail(email);
		form.setDisplayName("Editor");
		form.setRole(Role.EDITOR);
		form.setPassword("an editor password");
		this.users.create(form, SiteTest.ADMIN_EMAIL);
		editor.signIn(email, "an editor password");
		assertThat(editor.get("/admin/redirects").statusCode()).isEqualTo(403);
		assertThat(editor.post("/admin/redirects", "from", "/fr/x", "to", "/fr").statusCode()).isEqualTo(403);

		// Signed in, but posting with the token of the sign-in page, which the sign-in replaced.
		SiteClient forger = client();
		forger.signIn(SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD);
		assertThat(forger.post("/admin/redirects", "from", "/fr/x", "to", "/fr").statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from redirect", Long.class)).isZero();
	}

	@Test
	void aRemovedRedirectAnswers404AgainAndAnUnknownOneIs404() {
		SiteClient admin = administrator();
		admin.post("/admin/redirects", "from", "/fr/ephemere", "to", "/fr");
		long id = this.jdbc.queryForObject("select id from redirect", Long.class);
		assertThat(client().get("/fr/ephemere").statusCode()).isEqualTo(301);
		admin.get("/admin/redirects");
		assertThat(admin.post("/admin/redirects/" + id + "/delete").statusCode()).isEqualTo(302);
		assertThat(client().get("/fr/ephemere").statusCode()).isEqualTo(404);
		assertThat(admin.post("/admin/redirects/" + id + "/delete").statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where target_type = 'redirect' and target_id = ? order by id",
				String.class, "/fr/ephemere")).containsExactly("REDIRECT_ADDED", "REDIRECT_REMOVED");
	}

	@Test
	void aPageThatExistsIsNeverHiddenByARedirect() {
		SiteClient admin = administrator();
		assertThat(admin.post("/admin/redirects", "from", "/fr/partenaires", "to", "/fr").statusCode()).isEqualTo(302);
		assertThat(client().get("/fr/partenaires").statusCode()).isEqualTo(200);
	}

	private static void assertProblem(HttpResponse<String> answer, String field, String message) {
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(answer.body()).select("#" + field + "-error").text()).contains(message);
	}

	private SiteClient administrator() {
		SiteClient admin = client();
		assertThat(admin.signIn(SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		admin.get("/admin/redirects?lang=fr");
		return admin;
	}

	private SiteClient client() {
		int n = addresses.incrementAndGet();
		return new SiteClient(this.port, "10.31." + (n / 250) + "." + (1 + n % 250));
	}

}
