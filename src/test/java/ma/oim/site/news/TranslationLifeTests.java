package ma.oim.site.news;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.news.PublishingTests.Form;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static ma.oim.site.news.PublishingTests.LOCAL;
import static ma.oim.site.news.PublishingTests.asEditor;
import static ma.oim.site.news.PublishingTests.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each language its own publication life, through the whole stack on PostgreSQL: a
 * translation draft, scheduled or withdrawn while the French is published, as the article
 * page, lists, search, feed, sitemap and the page cache see it; and translations flagged
 * out of date when the French of a published article changes, until updated or confirmed.
 */
@SiteTest
class TranslationLifeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleCounts counts;

	@Autowired
	PublicArticleIds ids;

	@LocalServerPort
	int port;

	final List<Long> created = new ArrayList<>();

	@AfterEach
	void deleteArticlesAndResetClock() {
		this.clock.reset();
		this.created.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void englishDraftWhileFrenchIsPublishedIsMissingEverywhereInEnglish() throws Exception {
		String marker = marker();
		long id = create(article(marker).with("texts[en].status", "DRAFT"), "publish");
		String fr = "/fr/actualites/" + slug(id, "fr");
		String en = "/en/news/" + slug(id, "en");

		this.mvc.perform(get(fr)).andExpect(status().isOk());
		this.mvc.perform(get(en)).andExpect(status().isNotFound());
		assertEnglishMissing(marker, fr);

		save(id, article(marker).with("texts[en].status", ""), "save");
		this.mvc.perform(get(en)).andExpect(status().isOk());
		assertEnglishPublic(marker, fr);
		assertThat(audit(id)).containsExactly("ARTICLE_PUBLISHED", "ARTICLE_TRANSLATION_STATE_CHANGED", "ARTICLE_SAVED",
				"ARTICLE_TRANSLATION_STATE_CHANGED");
	}

	@Test
	void englishScheduledOnItsOwnAppearsAtItsTime() throws Exception {
		String marker = marker();
		LocalDateTime goLive = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		Instant goLiveInstant = goLive.atZone(SiteZone.ZONE).toInstant();
		long id = create(article(marker).with("texts[en].status", "PUBLISHED")
			.with("texts[en].publishedAt", LOCAL.format(goLive)), "publish");
		String en = "/en/news/" + slug(id, "en");
		assertThat(HttpPages.get(this.port, "/en/news").body()).contains("Chapô " + marker)
			.doesNotContain("Summary " + marker);
		assertThat(HttpPages.get(this.port, en).statusCode()).isEqualTo(404);

		this.clock.setInstant(goLiveInstant.minusSeconds(1));
		assertThat(HttpPages.get(this.port, en).statusCode()).isEqualTo(404);
		assertEnglishMissing(marker, "/fr/actualites/" + slug(id, "fr"));

		this.clock.setInstant(goLiveInstant);
		// Through Tomcat; PageCacheTests checks that the page cache learns this time too.
		assertThat(HttpPages.get(this.port, "/en/news").body()).contains("Summary " + marker)
			.doesNotContain("Chapô " + marker);
		assertThat(HttpPages.get(this.port, en).statusCode()).isEqualTo(200);
		assertEnglishPublic(marker, "/fr/actualites/" + slug(id, "fr"));
		assertThat(editorPage(id).selectFirst("#texts-en .translation-life strong").text()).isEqualTo("Publié");
	}

	@Test
	void englishWithdrawnOnItsOwnLeavesTheFrenchOnline() throws Exception {
		String marker = marker();
		long id = create(article(marker), "publish");
		String fr = "/fr/actualites/" + slug(id, "fr");
		this.mvc.perform(get("/en/news/" + slug(id, "en"))).andExpect(status().isOk());

		save(id, article(marker).with("texts[en].status", "WITHDRAWN"), "save");

		this.mvc.perform(get("/en/news/" + slug(id, "en"))).andExpect(status().isNotFound());
		this.mvc.perform(get(fr)).andExpect(status().isOk());
		assertEnglishMissing(marker, fr);
		assertThat(this.jdbc.queryForObject(
				"select status from article_translation where article_id = ? and language = 'en'", String.class, id))
			.isEqualTo("WITHDRAWN");
		assertThat(lastAudit(id)).isEqualTo("ARTICLE_TRANSLATION_STATE_CHANGED en: withdrawn");
		assertThat(editorList(marker).selectFirst("tbody tr td:nth-child(4)").text())
			.isEqualTo("Français, English (Retiré), العربية");
	}

	/** With oim.news.list-untranslated=false, English lists hold only public English texts, counts alike. */
	@Test
	void englishOnlyListsAndCountsFollowTheTranslationsOwnLife() throws Exception {
		String marker = marker();
		LocalDateTime goLive = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		Instant goLiveInstant = goLive.atZone(SiteZone.ZONE).toInstant();
		NewsFilter english = new NewsFilter(null, null, Language.fromCode("en").orElseThrow());
		long before = this.counts.count(english, goLiveInstant);
		long id = create(article(marker).with("texts[en].status", "PUBLISHED")
			.with("texts[en].publishedAt", LOCAL.format(goLive)), "publish");
		Instant now = this.clock.instant();

		assertThat(this.ids.newest(english, now, 0, 20)).doesNotContain(id);
		assertThat(this.ids.newest(NewsFilter.ALL, now, 0, 20)).contains(id);
		assertThat(this.counts.count(english, goLiveInstant.minusSeconds(1))).isEqualTo(before);
		assertThat(this.counts.count(english, goLiveInstant)).isEqualTo(before + 1);
		assertThat(this.ids.newest(english, goLiveInstant, 0, 20)).contains(id);

		save(id, article(marker).with("texts[en].status", "DRAFT"), "save");
		assertThat(this.counts.count(english, goLiveInstant)).isEqualTo(before);
		assertThat(this.ids.newest(english, goLiveInstant, 0, 20)).doesNotContain(id);
		save(id, article(marker), "save");
		assertThat(this.counts.count(english, now)).isEqualTo(before + 1);
	}

	@Test
	void frenchChangeOfAPublishedArticleFlagsTranslationsUntilUpdatedOrConfirmed() throws Exception {
		String marker = marker();
		long id = create(article(marker).with("texts[fr].body", "Le bureau de Rabat ouvre ses portes."), "publish");
		assertThat(outOfDate(id)).isEmpty();

		save(id, article(marker).with("texts[fr].body", "Le bureau de Tanger ouvre ses portes."), "save");

		assertThat(outOfDate(id)).containsExactly("ar", "en");
		assertThat(lastAudit(id)).isEqualTo("ARTICLE_TRANSLATION_OUT_OF_DATE en, ar");
		Element row = editorList(marker).selectFirst("tbody tr");
		assertThat(row.select(".badge.out-of-date")).hasSize(2);
		assertThat(editorDocument("/admin/articles?language=out-of-date&title=" + marker).select("tbody tr")).hasSize(1);
		// The dashboard greets an account: the administrator's.
		Document dashboard = Jsoup.parse(this.mvc
			.perform(get("/admin").with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(dashboard.select("#out-of-date ~ ul li").eachText())
			.anySatisfy((item) -> assertThat(item).contains("Titre " + marker).contains("English").contains("العربية"));

		Document editor = editorPage(id);
		Element check = editor.selectFirst("#check-en");
		assertThat(check.select("dd.diff del").eachText()).containsExactly("supprimé : Rabat (fin de la suppression)");
		assertThat(check.select("dd.diff ins").eachText()).containsExactly("ajouté : Tanger (fin de l’ajout)");
		assertThat(check.selectFirst("dd.diff").text()).startsWith("Le bureau de");
		assertThat(editor.select("#texts-en .badge.out-of-date")).hasSize(1);

		this.mvc.perform(asEditor(post("/admin/articles/" + id + "/translations/en/confirm")))
			.andExpect(status().isFound());
		assertThat(outOfDate(id)).containsExactly("ar");
		assertThat(lastAudit(id)).startsWith("ARTICLE_TRANSLATION_CONFIRMED en (revision ");
		assertThat(editorPage(id).select("#check-en")).isEmpty();

		// Saving the Arabic with new words clears its flag; the English stays up to date.
		save(id, article(marker).with("texts[fr].body", "Le bureau de Tanger ouvre ses portes.")
			.with("texts[ar].body", "مكتب طنجة يفتح أبوابه."), "save");
		assertThat(outOfDate(id)).isEmpty();
		assertThat(editorList(marker).select(".badge.out-of-date")).isEmpty();
		assertThat(editorDocument("/admin/articles?language=out-of-date&title=" + marker).select("tbody tr")).isEmpty();
	}

	@Test
	void frenchChangeOfADraftFlagsNothingNorTheSaveThatPublishesIt() throws Exception {
		String marker = marker();
		long id = create(article(marker), "save");
		save(id, article(marker).with("texts[fr].body", "Un autre texte."), "save");
		save(id, article(marker).with("texts[fr].body", "Le texte final."), "publish");
		assertThat(outOfDate(id)).isEmpty();
		assertThat(audit(id)).containsExactly("ARTICLE_CREATED", "ARTICLE_SAVED", "ARTICLE_PUBLISHED");
	}

	@Test
	void savingAgainKeepsAScheduledTranslationsTimeAndWritesNoStateChange() throws Exception {
		String marker = marker();
		long id = create(article(marker).with("texts[en].status", "PUBLISHED"), "publish");
		Instant before = this.jdbc.queryForObject(
				"select published_at from article_translation where article_id = ? and language = 'en'", Instant.class, id);
		Form again = article(marker).with("texts[en].status", "PUBLISHED")
			.with("texts[en].publishedAt", LOCAL.format(LocalDateTime.ofInstant(before, SiteZone.ZONE)));
		save(id, again, "save");
		assertThat(this.jdbc.queryForObject(
				"select published_at from article_translation where article_id = ? and language = 'en'", Instant.class, id))
			.isEqualTo(before);
		assertThat(audit(id)).containsExactly("ARTICLE_PUBLISHED", "ARTICLE_TRANSLATION_STATE_CHANGED", "ARTICLE_SAVED");
	}

	/** Seeded articles were never saved: V19 keeps them as they were, the French their translations came from. */
	@Test
	void theContentOfRecordHasAFirstRevisionToCompareWith() throws Exception {
		long revision = this.jdbc.queryForObject("select min(id) from article_revision where article_id = 1", Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from article a where not exists "
				+ "(select 1 from article_revision r where r.article_id = a.id)", Long.class)).isZero();
		String title = this.jdbc.queryForObject(
				"select content -> 'texts' -> 'fr' ->> 'title' from article_revision where id = ?", String.class, revision);
		assertThat(title).isNotBlank();
		assertThat(editorDocument("/admin/articles/1/revisions/" + revision).text()).contains(title);
		assertThat(this.jdbc.queryForList("select checked_revision_id from article_translation where article_id = 1",
				Long.class)).doesNotContainNull();
	}

	@Test
	void forgedStateOrDateIsAFieldErrorNotAFailure() throws Exception {
		String marker = marker();
		long id = create(article(marker), "publish");
		for (Form forged : List.of(article(marker).with("texts[en].status", "ONLINE"),
				article(marker).with("texts[en].status", "PUBLISHED").with("texts[en].publishedAt", "demain 9h"))) {
			forged.with("version", version(id)).with("action", "save");
			Document page = Jsoup.parse(this.mvc.perform(asEditor(multipart("/admin/articles/" + id)).params(forged.params))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("#texts-en .field-error").eachText()).containsExactly("Cette valeur n’est pas valide.");
		}
		assertThat(this.jdbc.queryForObject(
				"select status from article_translation where article_id = ? and language = 'en'", String.class, id))
			.isNull();
	}

	// What a visitor sees in English when the translation is missing, and when it is public.

	private void assertEnglishMissing(String marker, String frenchPath) throws Exception {
		Document list = Jsoup.parse(text("/en/news"));
		Element card = list.select("article.card").stream()
			.filter((found) -> found.text().contains(marker))
			.findFirst()
			.orElseThrow();
		assertThat(card.selectFirst("h2").attr("lang")).isEqualTo("fr");
		assertThat(card.selectFirst("h2").text()).isEqualTo("Titre " + marker);
		Document french = Jsoup.parse(text(frenchPath));
		assertThat(french.select("link[hreflang=en]")).isEmpty();
		assertThat(french.selectFirst(".language-switcher .unavailable[lang=en]")).isNotNull();
		assertThat(searchResults("Summary " + marker)).isEmpty();
		assertThat(text("/en/news/feed.atom")).doesNotContain("Title " + marker).contains("Titre " + marker);
		assertThat(sitemap()).contains(frenchPath).doesNotContain("/en/news/title-" + marker.toLowerCase());
	}

	private void assertEnglishPublic(String marker, String frenchPath) throws Exception {
		Element card = Jsoup.parse(text("/en/news")).select("article.card").stream()
			.filter((found) -> found.text().contains(marker))
			.findFirst()
			.orElseThrow();
		assertThat(card.selectFirst("h2").hasAttr("lang")).isFalse();
		assertThat(card.selectFirst("h2").text()).isEqualTo("Title " + marker);
		assertThat(Jsoup.parse(text(frenchPath)).select("link[hreflang=en]")).hasSize(1);
		assertThat(searchResults("Summary " + marker)).containsExactly("Title " + marker);
		assertThat(text("/en/news/feed.atom")).contains("Title " + marker);
		assertThat(sitemap()).contains("/en/news/title-" + marker.toLowerCase());
	}

	// Helpers

	static Form article(String marker) {
		return new Form().with("texts[fr].title", "Titre " + marker)
			.with("texts[fr].summary", "Chapô " + marker)
			.with("texts[fr].body", "Texte.")
			.with("texts[en].title", "Title " + marker)
			.with("texts[en].summary", "Summary " + marker)
			.with("texts[en].body", "Text.")
			.with("texts[ar].title", "عنوان " + marker)
			.with("texts[ar].summary", "ملخص " + marker)
			.with("texts[ar].body", "نص.");
	}

	long create(Form form, String action) throws Exception {
		long id = PublishingTests.create(this.mvc, form, action);
		this.created.add(id);
		return id;
	}

	void save(long id, Form form, String action) throws Exception {
		PublishingTests.save(this.mvc, this.jdbc, id, form.with("version", version(id)), action);
	}

	String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from article where id = ?", Long.class, id));
	}

	String slug(long id, String language) {
		return this.jdbc.queryForObject("select slug from article_translation where article_id = ? and language = ?",
				String.class, id, language);
	}

	List<String> outOfDate(long id) {
		return this.jdbc.queryForList(
				"select language from article_translation where article_id = ? and out_of_date order by language",
				String.class, id);
	}

	String text(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The titles an English search finds, as read (without the highlights' markup). */
	List<String> searchResults(String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/en/search").param("q", query)).andReturn().getResponse()
			.getContentAsString()).select("li.search-result h2, li.search-result h3").eachText();
	}

	String sitemap() throws Exception {
		int year = LocalDateTime.ofInstant(this.clock.instant(), SiteZone.ZONE).getYear();
		return text("/sitemap-news-" + year + ".xml");
	}

	Document editorDocument(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(asEditor(get(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	Document editorPage(long id) throws Exception {
		return editorDocument("/admin/articles/" + id);
	}

	Document editorList(String marker) throws Exception {
		return editorDocument("/admin/articles?title=" + marker);
	}

	List<String> audit(long id) {
		return this.jdbc.queryForList(
				"select action from audit_entry where target_type = 'article' and target_id = ? order by id", String.class,
				String.valueOf(id));
	}

	String lastAudit(long id) {
		return this.jdbc.queryForObject("select action || ' ' || details from audit_entry "
				+ "where target_type = 'article' and target_id = ? order by id desc limit 1", String.class,
				String.valueOf(id));
	}

}
