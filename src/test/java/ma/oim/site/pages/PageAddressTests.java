package ma.oim.site.pages;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ma.oim.site.testsupport.HtmlChecker;
import ma.oim.site.testsupport.SiteClient;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation page's address changed in the editor: it moves with the pages under it,
 * every old address answers 301 to the new one in one step, and addresses that would break
 * the site's routes or another page are refused by the field, with nothing moved.
 */
@SiteTest
class PageAddressTests {

	private static final AtomicInteger addresses = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private List<Map<String, Object>> saved;

	@BeforeEach
	void saveAddresses() {
		this.saved = this.jdbc.queryForList("select page_id, language, slug, path from page_translation");
	}

	@AfterEach
	void restoreAddresses() {
		this.jdbc.update("delete from redirect");
		for (Map<String, Object> row : this.saved) {
			this.jdbc.update("update page_translation set slug = ?, path = ? where page_id = ? and language = ?",
					row.get("slug"), row.get("path"), row.get("page_id"), row.get("language"));
		}
	}

	@Test
	void aPageMovesWithThePagesUnderItAndEveryOldAddressRedirects() {
		SiteClient admin = administrator();
		long id = pageAt("fr", "qui-sommes-nous");
		HttpResponse<String> editor = admin.get("/admin/pages/" + id);
		HtmlChecker.assertValid("page editor", editor.body());
		assertThat(admin.post("/admin/pages/" + id + "/address", "slugs[fr]", "qui-nous-sommes", "slugs[en]",
				"who-we-are", "slugs[ar]", "من-نحن").statusCode()).isEqualTo(302);

		SiteClient visitor = client();
		assertThat(visitor.get("/fr/qui-nous-sommes").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/fr/qui-nous-sommes/a-propos").statusCode()).isEqualTo(200);
		assertMoved("/fr/qui-sommes-nous", "/fr/qui-nous-sommes");
		assertMoved("/fr/qui-sommes-nous/a-propos", "/fr/qui-nous-sommes/a-propos");
		assertThat(visitor.get("/en/who-we-are").statusCode()).as("other languages stay").isEqualTo(200);
		assertThat(Jsoup.parse(visitor.get("/fr").body()).select("a[href=/fr/qui-nous-sommes]")).isNotEmpty();
		assertThat(this.jdbc.queryForList("select target_id from audit_entry where action = 'REDIRECT_ADDED'"
				+ " and target_id like '/fr/qui-sommes-nous%'", String.class))
			.contains("/fr/qui-sommes-nous", "/fr/qui-sommes-nous/a-propos");

		// Back where it was: the page answers there again, and the other address leads to it in one step.
		admin.get("/admin/pages/" + id);
		assertThat(admin.post("/admin/pages/" + id + "/address", "slugs[fr]", "qui-sommes-nous", "slugs[en]",
				"who-we-are", "slugs[ar]", "من-نحن").statusCode()).isEqualTo(302);
		assertThat(visitor.get("/fr/qui-sommes-nous").statusCode()).isEqualTo(200);
		assertMoved("/fr/qui-nous-sommes", "/fr/qui-sommes-nous");
		assertThat(this.jdbc.queryForObject("select count(*) from redirect where from_path like '/fr/qui-sommes-nous%'",
				Long.class)).as("no redirect where a page lives").isZero();
	}

	@Test
	void anArabicAddressChangesAndTheOldOneRedirectsEncoded() {
		SiteClient admin = administrator();
		long id = pageAt("ar", "من-نحن");
		assertThat(admin.post("/admin/pages/" + id + "/address", "slugs[fr]", "qui-sommes-nous", "slugs[en]",
				"who-we-are", "slugs[ar]", "من-نكون").statusCode()).isEqualTo(302);
		assertThat(client().get(encoded("/ar/من-نكون")).statusCode()).isEqualTo(200);
		assertMoved(encoded("/ar/من-نحن/نبذة-عنا"), encoded("/ar/من-نكون/نبذة-عنا"));
	}

	@Test
	void aRedirectThatLedToTheOldAddressLeadsToTheNewOne() {
		SiteClient admin = administrator();
		admin.get("/admin/redirects");
		assertThat(admin.post("/admin/redirects", "from", "/fr/ancien-a-propos", "to", "/fr/qui-sommes-nous/a-propos")
			.statusCode()).isEqualTo(302);
		long id = pageAt("fr", "qui-sommes-nous");
		admin.get("/admin/pages/" + id);
		admin.post("/admin/pages/" + id + "/address", "slugs[fr]", "qui-nous-sommes", "slugs[en]", "who-we-are",
				"slugs[ar]", "من-نحن");
		assertMoved("/fr/ancien-a-propos", "/fr/qui-nous-sommes/a-propos");
	}

	@Test
	void addressesThatWouldBreakTheSiteAreRefusedByTheFieldAndNothingMoves() {
		SiteClient admin = administrator();
		long about = pageAt("fr", "qui-sommes-nous");
		long work = pageAt("fr", "notre-travail");
		admin.get("/admin/pages/" + about);
		assertRefused(admin, about, "actualites", "celle d’une rubrique du site");
		assertRefused(admin, pageAt("fr", "qui-sommes-nous/a-propos"), "oim-global", "Une autre page a déjà cette adresse");
		assertRefused(admin, about, "Qui Sommes Nous!", "Lettres minuscules sans accents");
		assertRefused(admin, about, "x".repeat(5000), "Lettres minuscules sans accents");
		assertRefused(admin, about, "qui\u202Esommes", "Lettres minuscules sans accents");
		assertRefused(admin, about, "<script>alert(1)</script>", "Lettres minuscules sans accents");
		assertRefused(admin, about, "", "Ce champ est obligatoire");
		assertRefused(admin, work, "nos-actions", "son adresse ne peut pas changer");
		assertThat(this.jdbc.queryForList("select path from page_translation where language = 'fr' and page_id in (?, ?)",
				String.class, about, work)).containsExactlyInAnyOrder("qui-sommes-nous", "notre-travail");
		assertThat(this.jdbc.queryForObject("select count(*) from redirect", Long.class)).isZero();
	}

	private void assertRefused(SiteClient admin, long id, String slug, String message) {
		HttpResponse<String> answer = admin.post("/admin/pages/" + id + "/address", "slugs[fr]", slug);
		assertThat(answer.statusCode()).as(slug).isEqualTo(422);
		assertThat(Jsoup.parse(answer.body()).select("[id='slugs[fr]-error']").text()).as(slug).contains(message);
		HtmlChecker.assertValid("page address refused", answer.body());
	}

	private void assertMoved(String old, String now) {
		HttpResponse<String> visit = client().get(old);
		assertThat(visit.statusCode()).as(old).isEqualTo(301);
		assertThat(visit.headers().firstValue("Location")).as(old).hasValue(now);
	}

	private long pageAt(String language, String path) {
		return this.jdbc.queryForObject("select page_id from page_translation where language = ? and path = ?",
				Long.class, language, path);
	}

	private static String encoded(String path) {
		return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2F", "/");
	}

	private SiteClient administrator() {
		SiteClient admin = client();
		assertThat(admin.signIn(SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		admin.get("/admin/redirects?lang=fr");
		return admin;
	}

	private SiteClient client() {
		int n = addresses.incrementAndGet();
		return new SiteClient(this.port, "10.32." + (n / 250) + "." + (1 + n % 250));
	}

}
