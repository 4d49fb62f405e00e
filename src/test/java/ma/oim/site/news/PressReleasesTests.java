package ma.oim.site.news;

import java.time.Instant;
import java.util.List;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Press releases, a kind of article, on the real database with the movable clock: the
 * list (newest first), the press contact on the page, NewsArticle, feed, search, sitemap,
 * the embargo (a future publication time: nothing public before), the editor's checks.
 */
@SiteTest
class PressReleasesTests extends KindsTestSupport {

	@Test
	void listShowsNewestFirstInEachLanguage() throws Exception {
		release("PUBLISHED", "ancien-" + this.marker, "Ancien " + this.marker, local("2026-11-01T10:00"));
		release("PUBLISHED", "recent-" + this.marker, "Récent " + this.marker, local("2026-11-20T10:00"));
		Document list = page("/fr/communiques-de-presse");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Communiqués de presse");
		assertThat(titles(list)).containsExactly("Récent " + this.marker, "Ancien " + this.marker);
		assertThat(card(list, "Récent " + this.marker).selectFirst(".press-badge").text()).isEqualTo("Communiqué de presse");
		Document english = page("/en/press-releases");
		assertThat(english.selectFirst("h1").text()).isEqualTo("Press releases");
		assertThat(titles(english)).containsExactly("Récent " + this.marker, "Ancien " + this.marker);
		assertThat(english.select("link[rel=alternate][hreflang=ar]").attr("href"))
			.endsWith(SitePaths.encode("/ar/بلاغات-صحفية"));
		Document arabic = page("/ar/بلاغات-صحفية");
		assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.selectFirst("h1").text()).isEqualTo("البلاغات الصحفية");
		assertThat(card(arabic, "Récent " + this.marker).selectFirst(".press-badge").text()).isEqualTo("بلاغ صحفي");
		this.mvc.perform(get("/fr/communiques-de-presse?page=2")).andExpect(status().isNotFound());
		assertThat(page("/fr/actualites").select("a[href='/fr/communiques-de-presse']")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void pageShowsThePressContactWithNewsArticleAndIsMarkedInFeedSearchAndSitemap() throws Exception {
		release("PUBLISHED", "accord-" + this.marker, "Accord " + this.marker, local("2026-11-20T10:00"));
		Document page = page("/fr/actualites/accord-" + this.marker);
		Element contact = page.selectFirst(".press-contact");
		assertThat(contact.selectFirst("h2").text()).isEqualTo("Contact presse");
		assertThat(contact.select("dd").eachText()).containsExactly("Salma <b>Bennani</b>", "presse@example.org",
				"+212 5 37 00 00 00");
		assertThat(contact.select("b")).isEmpty();
		assertThat(contact.selectFirst("a[href^=mailto]").attr("href")).isEqualTo("mailto:presse@example.org");
		assertThat(contact.selectFirst("a[href^=tel]").attr("href")).isEqualTo("tel:+212537000000");
		assertThat(page.select(".breadcrumb a").eachAttr("href")).contains("/fr/communiques-de-presse");
		assertThat(JSON.readTree(page.select("script[type=application/ld+json]").get(0).data()).get("@type").asString())
			.isEqualTo("NewsArticle");
		assertThat(feedTitles())
			.contains("Communiqué de presse : Accord " + this.marker);
		assertThat(page("/fr/recherche?q=" + this.marker).select(".kind").eachText())
			.containsExactly("Communiqué de presse");
		assertThat(Sitemaps.urls(this.mvc).keySet()).anyMatch((url) -> url.endsWith("/fr/actualites/accord-" + this.marker));
	}

	@Test
	void embargoedOrDraftReleaseIsNotPublicBeforeItsTime() throws Exception {
		release("DRAFT", "brouillon-" + this.marker, "Brouillon " + this.marker, local("2026-11-20T10:00"));
		release("PUBLISHED", "embargo-" + this.marker, "Embargo " + this.marker, local("2026-12-02T09:00"));
		for (String slug : List.of("brouillon-", "embargo-")) {
			this.mvc.perform(get("/fr/actualites/" + slug + this.marker)).andExpect(status().isNotFound());
		}
		assertThat(page("/fr/communiques-de-presse").text()).doesNotContain(this.marker);
		assertThat(page("/fr/recherche?q=" + this.marker).text()).doesNotContain("Embargo " + this.marker);
		this.clock.setInstant(local("2026-12-02T08:59"));
		this.mvc.perform(get("/fr/actualites/embargo-" + this.marker)).andExpect(status().isNotFound());
		this.clock.setInstant(local("2026-12-02T09:00"));
		assertThat(titles(page("/fr/communiques-de-presse"))).containsExactly("Embargo " + this.marker);
		page("/fr/actualites/embargo-" + this.marker);
	}

	@Test
	void editorSavesTheContactShowsTheEmbargoAndRefusesBadInputByTheField() throws Exception {
		String title = "Communiqué " + this.marker;
		long id = PublishingTests.create(this.mvc, PublishingTests.article(title, null)
			.with("kind", "PRESS_RELEASE")
			.with("pressContactName", "Salma\u202E Bennani")
			.with("pressContactEmail", "presse@example.org")
			.with("publishedAt", "2026-12-02T09:00"), "save");
		this.ids.add(id);
		assertThat(this.jdbc.queryForMap("select kind, press_contact_name, press_contact_email, press_contact_phone "
				+ "from article where id = ?", id))
			.containsEntry("kind", "PRESS_RELEASE")
			.containsEntry("press_contact_name", "Salma Bennani")
			.containsEntry("press_contact_email", "presse@example.org")
			.containsEntry("press_contact_phone", null);
		Document editor = Jsoup.parse(this.mvc.perform(PublishingTests.asEditor(get("/admin/articles/" + id)))
			.andReturn().getResponse().getContentAsString());
		assertThat(editor.selectFirst("input[name=kind][value=PRESS_RELEASE]").hasAttr("checked")).isTrue();
		assertThat(editor.selectFirst("input[name=pressContactName]").val()).isEqualTo("Salma Bennani");
		assertThat(editor.selectFirst(".embargo").text())
			.isEqualTo("Sous embargo jusqu’au 2 décembre 2026, 09:00 (heure du Maroc) : rien n’est public avant.");
		// Back to news: the contact goes.
		PublishingTests.save(this.mvc, this.jdbc, id, PublishingTests.article(title, null).with("kind", "NEWS")
			.with("pressContactName", "X").with("pressContactEmail", "x@example.org"), "save");
		assertThat(this.jdbc.queryForMap("select press_contact_name, press_contact_email from article where id = ?", id))
			.containsEntry("press_contact_name", null).containsEntry("press_contact_email", null);

		String refused = "Refusé " + this.marker;
		Document french = refusedForm("", PublishingTests.article(refused, null).with("kind", "PRESS_RELEASE")
			.with("pressContactName", "\u2067\u2069"));
		assertThat(french.selectFirst("[id=pressContactName-error]").text()).isEqualTo("Indiquez le nom du contact presse.");
		assertThat(french.selectFirst("[id=pressContactEmail-error]").text())
			.isEqualTo("Indiquez le courriel ou le téléphone du contact presse.");
		Document bad = refusedForm("", PublishingTests.article(refused, null).with("kind", "PRESS_RELEASE")
			.with("pressContactName", "x".repeat(5000))
			.with("pressContactEmail", "<script>@example.org")
			.with("pressContactPhone", "<b>12345678</b>"));
		assertThat(bad.selectFirst("[id=pressContactName-error]").text()).isEqualTo("Au plus 200 caractères.");
		assertThat(bad.selectFirst("[id=pressContactEmail-error]").text())
			.isEqualTo("Donnez une adresse électronique, par exemple presse@example.org.");
		assertThat(bad.selectFirst("[id=pressContactPhone-error]").text())
			.startsWith("Donnez un numéro de téléphone");
		assertThat(bad.select("b, form script")).isEmpty();
		Document arabic = refusedForm("?lang=ar", PublishingTests.article(refused, null).with("kind", "PRESS_RELEASE")
			.with("pressContactName", "سلمى")
			.with("pressContactPhone", "abc"));
		assertThat(arabic.selectFirst("[id=pressContactPhone-error]").text())
			.isEqualTo("أدخل رقم هاتف: أرقام ومسافات و + ( ) . - فقط، 6 أحرف على الأقل.");
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where title = ?", Integer.class,
				refused)).isZero();
	}

	// Helpers

	/** A French-only press release published at {@code published}; its id. */
	private long release(String status, String slug, String title, Instant published) {
		return article(status, published, slug, title, "<p>Texte.</p>",
				"kind, press_contact_name, press_contact_email, press_contact_phone", "PRESS_RELEASE",
				"Salma <b>Bennani</b>", "presse@example.org", "+212 5 37 00 00 00");
	}

}
