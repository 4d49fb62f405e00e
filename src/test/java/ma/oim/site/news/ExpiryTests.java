package ma.oim.site.news;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ma.oim.site.i18n.SiteZone;
import ma.oim.site.news.PublishingTests.Form;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static ma.oim.site.news.PublishingTests.LOCAL;
import static ma.oim.site.news.PublishingTests.article;
import static ma.oim.site.news.PublishingTests.asEditor;
import static ma.oim.site.news.PublishingTests.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scheduled withdrawal (issue 23): an article with an expiry time is public until that
 * time and nowhere after it (its page, the lists, the counts, search, the feed, the
 * sitemap, the home and axis pages), from the one definition of public and the movable
 * clock, with no job. Editors set it in the form, next to the publication time, and see it
 * in the back office.
 */
@SiteTest
class ExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleCounts counts;

	final List<Long> created = new ArrayList<>();

	@AfterEach
	void deleteArticlesAndResetClock() {
		this.clock.reset();
		this.created.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void anArticleWithAnExpiryIsPublicBeforeItAndGoneEverywhereAfter() throws Exception {
		String marker = marker();
		// Search reads words: letters only (a marker such as 8E422561 is a number to it).
		String word = "ephemere" + marker.chars().mapToObj((c) -> String.valueOf((char) ('a' + c % 26)))
			.collect(java.util.stream.Collectors.joining());
		LocalDateTime expiry = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		Instant expiryInstant = expiry.atZone(SiteZone.ZONE).toInstant();
		long id = create(article("Éphémère " + marker + " " + word, "Ephemeral " + marker).with("axisIds", "3")
			.with("expiresAt", LOCAL.format(expiry)), "publish");
		String path = "/fr/actualites/" + slug(id, "fr");
		String english = "/en/news/" + slug(id, "en");
		int year = this.jdbc.queryForObject(
				"select extract(year from published_at at time zone 'Africa/Casablanca')::int from article where id = ?",
				Integer.class, id);
		NewsFilter all = new NewsFilter(null, null, null);
		NewsFilter ofAxis = new NewsFilter(3L, null, null);

		Instant before = expiryInstant.minusSeconds(1);
		this.clock.setInstant(before);
		long countBefore = this.counts.count(all, before);
		long axisBefore = this.counts.count(ofAxis, before);
		long yearBefore = yearCount(year, before);
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(get(english)).andExpect(status().isOk());
		assertThat(text("/fr/actualites")).contains(marker);
		assertThat(text("/en")).contains(marker);
		assertThat(text("/fr/notre-travail/axes/appui-a-la-jeunesse")).contains(marker);
		assertThat(text("/fr/recherche?q=" + word)).contains("Éphémère " + marker);
		assertThat(text("/fr/actualites/flux.atom")).contains(marker);
		assertThat(Sitemaps.urls(this.mvc)).containsKey(Sitemaps.BASE + path);

		Instant after = expiryInstant;
		this.clock.setInstant(after);
		// Gone as a withdrawn article is: a 404, no job having run.
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(get(english)).andExpect(status().isNotFound());
		assertThat(text("/fr/actualites")).doesNotContain(marker);
		assertThat(text("/en")).doesNotContain(marker);
		assertThat(text("/fr/notre-travail/axes/appui-a-la-jeunesse")).doesNotContain(marker);
		assertThat(text("/fr/recherche?q=" + word)).doesNotContain("Éphémère " + marker);
		assertThat(text("/fr/actualites/flux.atom")).doesNotContain(marker);
		assertThat(Sitemaps.urls(this.mvc)).doesNotContainKey(Sitemaps.BASE + path);
		assertThat(this.counts.count(all, after)).isEqualTo(countBefore - 1);
		assertThat(this.counts.count(ofAxis, after)).isEqualTo(axisBefore - 1);
		assertThat(yearCount(year, after)).isEqualTo(yearBefore - 1);
		// The counts still agree with the lists: the total the list shows is what it lists.
		assertThat(this.counts.count(all, after)).isEqualTo(this.jdbc.queryForObject(
				"select count(*) from article a where " + PublicArticle.SQL.replace(":now", "?"), Long.class,
				java.sql.Timestamp.from(after), java.sql.Timestamp.from(after)));
		assertThat(audit(id)).containsExactly("ARTICLE_PUBLISHED", "ARTICLE_EXPIRY_CHANGED");
	}

	@Test
	void editorsSeeTheExpiryInTheListTheEditorAndTheDashboardAndFilterTheExpired() throws Exception {
		String marker = marker();
		LocalDateTime expiry = LocalDateTime.now(SiteZone.ZONE).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
		long id = create(article("Bientôt retiré " + marker, null).with("expiresAt", LOCAL.format(expiry)), "publish");

		Document list = page("/admin/articles?title=" + marker);
		assertThat(list.select("tbody tr").text()).contains("Publié").contains("retrait le");
		assertThat(page("/admin/articles/" + id).selectFirst("input[name=expiresAt]").val())
			.isEqualTo(LOCAL.format(expiry));
		assertThat(page("/admin/articles/" + id).text()).contains("retrait le");
		assertThat(dashboard().selectFirst("section[aria-labelledby=expiring]").text()).contains(marker);
		assertThat(page("/admin/articles?state=expired&title=" + marker).select("tbody tr")).isEmpty();

		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant());
		assertThat(page("/admin/articles?state=expired&title=" + marker).select("tbody tr").text())
			.contains("Bientôt retiré " + marker).contains("Expiré");
		assertThat(page("/admin/articles?state=published&title=" + marker).select("tbody tr")).isEmpty();
		assertThat(dashboard().selectFirst("section[aria-labelledby=expiring]").text()).doesNotContain(marker);
		assertThat(page("/admin/articles/" + id).selectFirst(".card-meta strong").text()).startsWith("Expiré");
	}

	@Test
	void anExpiryBeforeThePublicationIsRefusedByTheFieldInTheEditorsLanguage() throws Exception {
		LocalDateTime publication = LocalDateTime.now(SiteZone.ZONE).plusDays(5).truncatedTo(ChronoUnit.MINUTES);
		String[][] expected = { { "fr", "La date de retrait doit venir après la date de publication." },
				{ "en", "The withdrawal time must come after the publication time." },
				{ "ar", "يجب أن يأتي تاريخ السحب بعد تاريخ النشر." } };
		for (String[] language : expected) {
			Document page = Jsoup.parse(this.mvc
				.perform(asEditor(multipart("/admin/articles/new")).param("lang", language[0])
					.params(article("Refusé " + marker(), null).with("publishedAt", LOCAL.format(publication))
						.with("expiresAt", LOCAL.format(publication.minusHours(1)))
						.with("action", "publish").params))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.selectFirst("#expiresAt-error").text()).as(language[0]).isEqualTo(language[1]);
			assertThat(page.selectFirst("input[name=expiresAt]").attr("aria-describedby")).isEqualTo("expiresAt-error");
		}
		// Published now, an expiry already past is refused too; the same time as the publication as well.
		this.mvc.perform(asEditor(multipart("/admin/articles/new"))
			.params(article("Refusé " + marker(), null)
				.with("expiresAt", LOCAL.format(LocalDateTime.now(SiteZone.ZONE).minusHours(1)))
				.with("action", "publish").params))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(asEditor(multipart("/admin/articles/new"))
			.params(article("Refusé " + marker(), null).with("publishedAt", LOCAL.format(publication))
				.with("expiresAt", LOCAL.format(publication))
				.with("action", "publish").params))
			.andExpect(status().isUnprocessableContent());
		// A typing mistake is the field's error, not a 500.
		this.mvc.perform(asEditor(multipart("/admin/articles/new"))
			.params(article("Refusé " + marker(), null).with("expiresAt", "2020-13-45T99:99").with("action", "save").params))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void changingOrRemovingTheExpiryIsAnAuditLineAndBringsTheArticleBack() throws Exception {
		String marker = marker();
		LocalDateTime expiry = LocalDateTime.now(SiteZone.ZONE).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
		long id = create(article("Prolongé " + marker, null).with("expiresAt", LOCAL.format(expiry)), "publish");
		String path = "/fr/actualites/" + slug(id, "fr");
		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant().plusSeconds(60));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		PublishingTests.save(this.mvc, this.jdbc, id, article("Prolongé " + marker, null)
			.with("expiresAt", LOCAL.format(expiry.plusDays(7))), "save");
		this.mvc.perform(get(path)).andExpect(status().isOk());
		PublishingTests.save(this.mvc, this.jdbc, id, article("Prolongé " + marker, null)
			.with("expiresAt", LOCAL.format(expiry.plusDays(7))), "save");
		PublishingTests.save(this.mvc, this.jdbc, id, article("Prolongé " + marker, null), "save");
		assertThat(this.jdbc.queryForObject("select expires_at is null from article where id = ?", Boolean.class, id))
			.isTrue();
		assertThat(audit(id)).containsExactly("ARTICLE_PUBLISHED", "ARTICLE_EXPIRY_CHANGED", "ARTICLE_SAVED", "ARTICLE_EXPIRY_CHANGED", "ARTICLE_SAVED", "ARTICLE_SAVED", "ARTICLE_EXPIRY_CHANGED");
	}

	/** The page cache learns an expiry time as the moment the site changes. */
	@Test
	void theNextChangeIsTheEarliestExpiry(@Autowired ScheduledArticles scheduled) throws Exception {
		LocalDateTime expiry = LocalDateTime.now(SiteZone.ZONE).plusMinutes(3).truncatedTo(ChronoUnit.MINUTES);
		create(article("Bientôt " + marker(), null).with("expiresAt", LOCAL.format(expiry)), "publish");
		Instant at = expiry.atZone(SiteZone.ZONE).toInstant();
		for (Instant now : new Instant[] { Instant.now(), at.minusSeconds(1) }) {
			assertThat(scheduled.nextAfter(now)).hasValueSatisfying((next) -> assertThat(next).isBeforeOrEqualTo(at));
		}
	}

	long create(Form form, String action) throws Exception {
		long id = PublishingTests.create(this.mvc, form, action);
		this.created.add(id);
		return id;
	}

	long yearCount(int year, Instant now) {
		return this.counts.years(null, now).stream().filter((count) -> count.year() == year)
			.mapToLong(YearCount::count).sum();
	}

	String slug(long id, String language) {
		return this.jdbc.queryForObject("select slug from article_translation where article_id = ? and language = ?",
				String.class, id, language);
	}

	String text(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	Document dashboard() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin").with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(asEditor(get(path))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	List<String> audit(long id) {
		return this.jdbc.queryForList(
				"select action from audit_entry where target_type = 'article' and target_id = ? order by id", String.class,
				String.valueOf(id));
	}

}
