package ma.oim.site.pages;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ma.oim.site.testsupport.HtmlChecker;
import ma.oim.site.testsupport.SiteClient;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors create, move, hide and delete organisation pages: a new page is hidden until
 * shown; a hidden page and those under it leave the menu, their address, search and the
 * sitemap; a page moved under another answers at its new address and its old one
 * redirects; a page is deleted only when nothing is under it and no route starts with its
 * address. Every refusal is a message, with nothing changed; every change an audit line.
 */
@SiteTest
class PageStructureTests {

	private static final AtomicInteger clients = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestPages() {
		List<Long> ids = this.jdbc.queryForList(
				"select page_id from page_translation where language = 'fr' and title like 'Essai %' order by length(path) desc",
				Long.class);
		for (long id : ids) {
			this.jdbc.update("delete from page where id = ?", id);
		}
		this.jdbc.update("delete from redirect where from_path like '%essai-%' or from_path like '%trial-%'");
		this.jdbc.update("update page set position = id - 6 where id in (7, 8, 9)");
	}

	@Test
	void aNewPageIsHiddenUntilShownThenInTheMenuAtItsAddressInSearchAndTheSitemap() {
		SiteClient admin = administrator();
		HttpResponse<String> form = admin.get("/admin/pages/new?parent=1");
		HtmlChecker.assertValid("new page form", form.body());
		assertThat(Jsoup.parse(form.body()).selectFirst("select#parent option[selected]").val()).isEqualTo("1");
		long id = create(admin, 1, "Essai nouvelle page", "Trial new page", "Texte zanzibarique de la page.");
		assertThat(title(id, "fr")).isEqualTo("Essai nouvelle page");
		assertThat(path(id, "fr")).isEqualTo("qui-sommes-nous/essai-nouvelle-page");
		assertThat(path(id, "en")).isEqualTo("who-we-are/trial-new-page");
		assertThat(this.jdbc.queryForObject("select count(*) from page_translation where page_id = ? and language = 'ar'",
				Long.class, id)).as("no Arabic title: no Arabic page").isZero();

		SiteClient visitor = client();
		assertThat(visitor.get("/fr/qui-sommes-nous/essai-nouvelle-page").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/fr").body()).doesNotContain("Essai nouvelle page");
		assertThat(visitor.get("/fr/recherche?q=zanzibarique").body()).doesNotContain("Essai nouvelle page");

		admin.get("/admin/pages/" + id);
		assertThat(admin.post("/admin/pages/" + id + "/visibility", "hidden", "false").statusCode()).isEqualTo(302);
		assertThat(visitor.get("/fr/qui-sommes-nous/essai-nouvelle-page").statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(visitor.get("/fr").body()).select("#main-menu a[href=/fr/qui-sommes-nous/essai-nouvelle-page]"))
			.hasSize(1);
		assertThat(visitor.get("/fr/recherche?q=zanzibarique").body()).contains("Essai nouvelle page");
		assertThat(visitor.get("/sitemap-site.xml").body()).contains("/en/who-we-are/trial-new-page</loc>");
		assertThat(audit(id)).containsExactly("PAGE_CREATED", "PAGE_SHOWN");
	}

	@Test
	void aHiddenPageAndThoseUnderItLeaveTheMenuTheirAddressSearchAndTheSitemap() {
		SiteClient admin = administrator();
		long parent = shown(admin, create(admin, 1, "Essai parent masqué", "Trial hidden parent", ""));
		long child = shown(admin, create(admin, parent, "Essai enfant", "Trial child", "Texte quetzalien."));
		SiteClient visitor = client();
		String childAddress = "/fr/qui-sommes-nous/essai-parent-masque/essai-enfant";
		assertThat(visitor.get(childAddress).statusCode()).isEqualTo(200);
		assertThat(visitor.get("/fr/recherche?q=quetzalien").body()).contains("Essai enfant");

		admin.get("/admin/pages/" + parent);
		admin.post("/admin/pages/" + parent + "/visibility", "hidden", "true");
		assertThat(visitor.get("/fr/qui-sommes-nous/essai-parent-masque").statusCode()).isEqualTo(404);
		assertThat(visitor.get(childAddress).statusCode()).as("under a hidden page").isEqualTo(404);
		assertThat(visitor.get("/fr").body()).doesNotContain("Essai enfant").doesNotContain("Essai parent");
		assertThat(visitor.get("/fr/recherche?q=quetzalien").body()).doesNotContain("Essai enfant");
		assertThat(visitor.get("/sitemap-site.xml").body()).doesNotContain("essai-enfant").doesNotContain("trial-child");
		Document overview = Jsoup.parse(admin.get("/admin/site").body());
		assertThat(overview.selectFirst("#page-" + parent + " .badge").text()).isEqualTo("Masquée");
		assertThat(overview.select("#page-" + child)).as("editors still see it").hasSize(1);
		assertThat(audit(parent)).containsExactly("PAGE_CREATED", "PAGE_SHOWN", "PAGE_HIDDEN");
	}

	@Test
	void aPageMovedUnderAnotherAnswersThereAndItsOldAddressesRedirect() {
		SiteClient admin = administrator();
		long moving = shown(admin, create(admin, 1, "Essai à déplacer", "Trial to move", ""));
		long under = shown(admin, create(admin, moving, "Essai dessous", "Trial below", ""));
		admin.get("/admin/pages/" + moving);
		HttpResponse<String> moved = admin.post("/admin/pages/" + moving + "/move", "parent", "4");
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(path(moving, "fr")).isEqualTo("notre-travail/essai-a-deplacer");
		assertThat(path(under, "en")).isEqualTo("our-work/trial-to-move/trial-below");

		SiteClient visitor = client();
		assertThat(visitor.get("/fr/notre-travail/essai-a-deplacer/essai-dessous").statusCode()).isEqualTo(200);
		assertMoved("/fr/qui-sommes-nous/essai-a-deplacer", "/fr/notre-travail/essai-a-deplacer");
		assertMoved("/en/who-we-are/trial-to-move/trial-below", "/en/our-work/trial-to-move/trial-below");
		Document menu = Jsoup.parse(visitor.get("/fr").body());
		assertThat(menu.select("#main-menu a[href=/fr/notre-travail/essai-a-deplacer]")).hasSize(1);
		assertThat(audit(moving)).contains("PAGE_MOVED");
	}

	@Test
	void upAndDownChangeTheOrderOfTheMenu() {
		SiteClient admin = administrator();
		Document overview = Jsoup.parse(admin.get("/admin/site").body());
		HtmlChecker.assertValid("site overview", overview.outerHtml());
		// "2030 Agenda" (9) is third under "Priorités transversales" (6): its "Up" button makes it second.
		assertThat(order(6)).containsExactly(7L, 8L, 9L);
		assertThat(overview.select("#page-9 > .page-row button").eachAttr("aria-label")).as("the last: up only")
			.containsExactly("Monter « 2030 Agenda »");
		assertThat(overview.select("#page-7 > .page-row button").eachAttr("aria-label")).as("the first: down only")
			.containsExactly("Descendre « Données et ressources »");
		assertThat(overview.select("#page-8 > .page-row button")).hasSize(2);
		HttpResponse<String> up = admin.post("/admin/pages/9/move", "parent", "6", "position", "2", "back", "overview");
		assertThat(up.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/site#page-9"));
		assertThat(order(6)).containsExactly(7L, 9L, 8L);
		Document menu = Jsoup.parse(client().get("/fr/notre-travail/priorites-transversales").body());
		assertThat(menu.select(".subpages a").eachText()).containsExactly("Données et ressources", "2030 Agenda", "Agir");
	}

	@Test
	void movesThatWouldBreakTheSiteAreRefusedByTheFieldWithNothingMoved() {
		SiteClient admin = administrator();
		long page = create(admin, 1, "Essai refus", "Trial refusal", "");
		String before = path(1, "fr") + "|" + path(4, "fr") + "|" + path(page, "fr");
		// "Notre travail" carries the axes' addresses; a page cannot go under itself or a page under it.
		assertRefused(admin, 4, "1", "Cette page porte le début d’adresses du site");
		assertRefused(admin, 1, String.valueOf(page), "ne peut pas être placée là");
		assertRefused(admin, page, String.valueOf(page), "ne peut pas être placée là");
		assertRefused(admin, page, "3", "ne peut pas être placée là");
		assertRefused(admin, page, "not-a-number", "Cette valeur n’est pas valide");
		assertThat(path(1, "fr") + "|" + path(4, "fr") + "|" + path(page, "fr")).isEqualTo(before);
	}

	@Test
	void badTitlesAreRefusedByTheFieldAndScriptIsShownAsText() {
		SiteClient admin = administrator();
		long before = pages();
		assertCreateRefused(admin, "1", "!!! ???", "doit contenir des lettres ou des chiffres");
		assertCreateRefused(admin, "1", "À propos", "Une autre page a déjà cette adresse");
		assertCreateRefused(admin, "1", "x".repeat(5_000), "Entre 0 et 300");
		assertCreateRefused(admin, "3", "Essai sous un lien", "ne peut pas être placée là");
		assertThat(pages()).as("nothing half-stored").isEqualTo(before);

		long id = create(admin, 1, "Essai <script>alert(1)</script> \u202Eà l’envers", "Trial", "");
		assertThat(path(id, "fr")).isEqualTo("qui-sommes-nous/essai-script-alert-1-script-a-l-envers");
		String overview = admin.get("/admin/site").body();
		assertThat(overview).contains("Essai &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(title(id, "fr")).doesNotContain("\u202E");

		// Signed in, but posting with the sign-in form's token, which signing in replaced.
		SiteClient stale = client();
		stale.signIn(SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD);
		assertThat(stale.post("/admin/pages/new?parent=1", "texts[fr].name", "Essai sans jeton").statusCode())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from page_translation where title = 'Essai sans jeton'",
				Long.class)).isZero();
	}

	@Test
	void onlyAPageWithNothingUnderItAndNoRouteIsDeletedAndItsAddressesThenLeadToItsParent() {
		SiteClient admin = administrator();
		admin.get("/admin/pages/6");
		assertThat(admin.post("/admin/pages/6/delete").statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/pages/6").body()).contains("Des pages sont placées sous celle-ci");
		assertThat(admin.post("/admin/pages/5/delete").statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/pages/5").body()).contains("Cette page porte une rubrique du site");
		assertThat(this.jdbc.queryForObject("select count(*) from page where id in (5, 6)", Long.class)).isEqualTo(2);

		long parent = shown(admin, create(admin, 1, "Essai parent", "Trial parent", ""));
		long leaf = shown(admin, create(admin, parent, "Essai feuille", "Trial leaf", ""));
		admin.get("/admin/pages/" + leaf);
		HttpResponse<String> deleted = admin.post("/admin/pages/" + leaf + "/delete");
		assertThat(deleted.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/site"));
		assertThat(this.jdbc.queryForObject("select count(*) from page where id = ?", Long.class, leaf)).isZero();
		assertMoved("/fr/qui-sommes-nous/essai-parent/essai-feuille", "/fr/qui-sommes-nous/essai-parent");
		assertMoved("/en/who-we-are/trial-parent/trial-leaf", "/en/who-we-are/trial-parent");
		assertThat(audit(leaf)).containsExactly("PAGE_CREATED", "PAGE_SHOWN", "PAGE_DELETED");
	}

	@Test
	void dataAndResourcesAndTakeActionHaveATextAndPagesUnderThem() {
		SiteClient visitor = client();
		Document data = Jsoup.parse(visitor.get("/fr/notre-travail/priorites-transversales/donnees-et-ressources").body());
		assertThat(data.select(".lead")).as("no longer « en cours de rédaction »").noneMatch((p) -> p.text().contains("rédaction"));
		assertThat(data.select(".subpages a").eachAttr("href")).containsExactly("https://www.migrationdataportal.org",
				"https://dtm.iom.int", "https://publications.iom.int");
		Document action = Jsoup.parse(visitor.get("/en/our-work/cross-cutting-priorities/take-action").body());
		assertThat(action.select(".subpages a").eachText()).containsExactly("Become a partner", "Media and press");
		Document partner = Jsoup.parse(visitor.get("/en/our-work/cross-cutting-priorities/take-action/become-a-partner").body());
		assertThat(partner.select("main a[href=/en/contact]")).hasSize(1);
		HtmlChecker.assertValid("take action", action.outerHtml());
	}

	private long create(SiteClient admin, long parent, String french, String english, String text) {
		admin.get("/admin/pages/new?parent=" + parent);
		HttpResponse<String> created = admin.post("/admin/pages/new?parent=" + parent, "texts[fr].name", french,
				"texts[fr].text", text, "texts[en].name", english, "texts[en].text", text, "position", "0");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long shown(SiteClient admin, long id) {
		admin.get("/admin/pages/" + id);
		admin.post("/admin/pages/" + id + "/visibility", "hidden", "false");
		return id;
	}

	private void assertRefused(SiteClient admin, long id, String parent, String message) {
		admin.get("/admin/pages/" + id);
		HttpResponse<String> refused = admin.post("/admin/pages/" + id + "/move", "parent", parent);
		assertThat(refused.statusCode()).as(id + " under " + parent).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#parent-error").text()).contains(message);
		HtmlChecker.assertValid("move refused", refused.body());
	}

	private void assertCreateRefused(SiteClient admin, String parent, String title, String message) {
		admin.get("/admin/pages/new?parent=" + parent);
		HttpResponse<String> refused = admin.post("/admin/pages/new?parent=" + parent, "texts[fr].name", title,
				"position", "0");
		assertThat(refused.statusCode()).as(title).isIn(422, 200);
		assertThat(refused.body()).as(title).contains(message);
	}

	private void assertMoved(String old, String now) {
		HttpResponse<String> visit = client().get(old);
		assertThat(visit.statusCode()).as(old).isEqualTo(301);
		assertThat(visit.headers().firstValue("Location")).as(old).hasValue(now);
	}

	private List<String> audit(long id) {
		return this.jdbc.queryForList("select action from audit_entry where action like 'PAGE_%' and target_id = ? order by id",
				String.class, String.valueOf(id));
	}

	private List<Long> order(long parent) {
		return this.jdbc.queryForList("select id from page where parent_id = ? order by position, id", Long.class, parent);
	}

	private long pages() {
		return this.jdbc.queryForObject("select count(*) from page", Long.class);
	}

	private String path(long id, String language) {
		return this.jdbc.queryForObject("select path from page_translation where page_id = ? and language = ?",
				String.class, id, language);
	}

	private String title(long id, String language) {
		return this.jdbc.queryForObject("select title from page_translation where page_id = ? and language = ?",
				String.class, id, language);
	}

	private SiteClient administrator() {
		SiteClient admin = client();
		assertThat(admin.signIn(SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		return admin;
	}

	private SiteClient client() {
		return new SiteClient(this.port, "10.25.0." + (clients.incrementAndGet() % 250 + 1));
	}

}
