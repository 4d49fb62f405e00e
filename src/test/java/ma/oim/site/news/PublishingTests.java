package ma.oim.site.news;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor's work seen from the public site, on the real database: drafts stay
 * hidden, publishing and scheduling show articles where they belong, withdrawing hides
 * them, old slugs redirect, revisions restore, concurrent saves conflict.
 */
@SiteTest
class PublishingTests {

	static final String EDITOR = "editor-publishing@oim.test";

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	final List<Long> created = new ArrayList<>();

	@AfterEach
	void deleteArticlesAndResetClock() {
		this.clock.reset();
		this.created.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void draftIsInvisibleUntilPublishedThenShowsOnListAxisPageAndHomeInEachLanguage() throws Exception {
		String marker = marker();
		long id = create(article("Brouillon " + marker, "Draft " + marker).with("axisIds", "3"), "save");
		String slug = slug(id, "fr");
		assertThat(slug).isEqualTo("brouillon-" + marker.toLowerCase());
		this.mvc.perform(get("/fr/actualites/" + slug)).andExpect(status().isNotFound());
		assertThat(text("/fr/actualites")).doesNotContain(marker);
		assertThat(text("/fr")).doesNotContain(marker);
		assertThat(text("/fr/notre-travail/axes/appui-a-la-jeunesse")).doesNotContain(marker);

		save(id, article("Brouillon " + marker, "Draft " + marker).with("axisIds", "3"), "publish");

		this.mvc.perform(get("/fr/actualites/" + slug)).andExpect(status().isOk());
		assertThat(firstCardTitle("/fr/actualites")).isEqualTo("Brouillon " + marker);
		assertThat(firstCardTitle("/en/news")).isEqualTo("Draft " + marker);
		assertThat(text("/fr/notre-travail/axes/appui-a-la-jeunesse")).contains("Brouillon " + marker);
		assertThat(text("/en/our-work/areas/youth-support")).contains("Draft " + marker).doesNotContain("Brouillon " + marker);
		assertThat(text("/fr")).contains("Brouillon " + marker);
		assertThat(text("/en")).contains("Draft " + marker);
		assertThat(audit(id)).containsExactly("ARTICLE_CREATED", "ARTICLE_PUBLISHED");
	}

	@Test
	void scheduledArticleAppearsExactlyWhenTheClockReachesItsTime() throws Exception {
		String marker = marker();
		LocalDateTime goLive = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		Instant goLiveInstant = goLive.atZone(SiteZone.ZONE).toInstant();
		long id = create(article("Programmé " + marker, null).with("publishedAt", LOCAL.format(goLive)), "publish");
		String path = "/fr/actualites/" + slug(id, "fr");
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		assertThat(text("/fr/actualites")).doesNotContain(marker);

		this.clock.setInstant(goLiveInstant.minusSeconds(1));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		assertThat(text("/fr")).doesNotContain(marker);

		this.clock.setInstant(goLiveInstant);
		this.mvc.perform(get(path)).andExpect(status().isOk());
		assertThat(firstCardTitle("/fr/actualites")).isEqualTo("Programmé " + marker);
		assertThat(audit(id)).containsExactly("ARTICLE_SCHEDULED");
	}

	@Test
	void withdrawTakesThePublishedArticleOffTheSite() throws Exception {
		String marker = marker();
		long id = create(article("Retiré " + marker, "Withdrawn " + marker), "publish");
		String path = "/fr/actualites/" + slug(id, "fr");
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(asEditor(post("/admin/articles/" + id + "/withdraw"))).andExpect(status().isFound());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		assertThat(text("/fr/actualites")).doesNotContain(marker);
		assertThat(text("/en")).doesNotContain(marker);
		assertThat(audit(id)).containsExactly("ARTICLE_PUBLISHED", "ARTICLE_WITHDRAWN");
	}

	@Test
	void changedSlugAnswers301FromTheOldAddress() throws Exception {
		String marker = marker().toLowerCase();
		long id = create(article("Ancien titre " + marker, null).with("texts[fr].slug", "ancienne-adresse-" + marker), "publish");
		save(id, article("Nouveau titre " + marker, null).with("texts[fr].slug", "nouvelle-adresse-" + marker), "save");
		var response = HttpPages.get(this.port, "/fr/actualites/ancienne-adresse-" + marker);
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/fr/actualites/nouvelle-adresse-" + marker));
		this.mvc.perform(get("/fr/actualites/nouvelle-adresse-" + marker)).andExpect(status().isOk());
		Long owner = this.jdbc.queryForObject(
				"select article_id from article_slug_alias where language = 'fr' and slug = ?", Long.class,
				"ancienne-adresse-" + marker);
		assertThat(owner).isEqualTo(id);
	}

	@Test
	void restoringARevisionBringsBackItsText() throws Exception {
		String marker = marker();
		long id = create(article("Version une " + marker, null).with("texts[fr].body", "Premier texte " + marker), "publish");
		save(id, article("Version deux " + marker, null).with("texts[fr].body", "Second texte " + marker), "save");
		assertThat(text("/fr/actualites/" + slug(id, "fr"))).contains("Second texte").doesNotContain("Premier texte");
		List<Long> revisions = this.jdbc.queryForList(
				"select id from article_revision where article_id = ? order by id", Long.class, id);
		assertThat(revisions).hasSize(2);
		Document list = page("/admin/articles/" + id + "/revisions");
		assertThat(list.select("tbody tr")).hasSize(2);
		this.mvc.perform(asEditor(post("/admin/articles/" + id + "/revisions/" + revisions.get(0) + "/restore")))
			.andExpect(status().isFound());
		Document restored = Jsoup.parse(text("/fr/actualites/" + slug(id, "fr")));
		assertThat(restored.selectFirst("h1").text()).isEqualTo("Version une " + marker);
		assertThat(restored.selectFirst(".prose").text()).isEqualTo("Premier texte " + marker);
		assertThat(audit(id)).endsWith("ARTICLE_SAVED", "ARTICLE_RESTORED");
	}

	@Test
	void secondOfTwoConcurrentSavesIsToldAndKeepsItsText() throws Exception {
		String marker = marker();
		long id = create(article("Commun " + marker, null), "save");
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, id);
		save(id, article("Premier éditeur " + marker, null).with("version", String.valueOf(version)), "save");
		MvcResult second = this.mvc
			.perform(asEditor(multipart("/admin/articles/" + id)).params(
					article("Second éditeur " + marker, null).with("texts[fr].body", "Mon long texte " + marker)
						.with("version", String.valueOf(version))
						.with("action", "save")
						.params))
			.andExpect(status().isConflict())
			.andReturn();
		Document page = Jsoup.parse(second.getResponse().getContentAsString());
		assertThat(page.selectFirst("[role=alert]").text()).contains("Un autre éditeur a enregistré cet article");
		assertThat(page.selectFirst("input[name='texts[fr].title']").val()).isEqualTo("Second éditeur " + marker);
		assertThat(page.selectFirst("textarea[name='texts[fr].body']").text()).isEqualTo("Mon long texte " + marker);
		assertThat(this.jdbc.queryForObject("select title from article_translation where article_id = ? and language = 'fr'",
				String.class, id)).isEqualTo("Premier éditeur " + marker);
	}

	@Test
	void validationErrorsAreShownNextToEachFieldAndNothingTypedIsLost() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(asEditor(multipart("/admin/articles/new")).params(new Form().with("texts[fr].title", "")
				.with("texts[fr].summary", "Un chapô à garder")
				.with("texts[fr].body", "Un texte à garder")
				.with("texts[en].summary", "An English summary without a title")
				.with("texts[fr].slug", "Pas Valide!")
				.with("publishedAt", "2020-13-45T99:99")
				.with("action", "save").params))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("[id='texts[fr].title-error']").text()).isEqualTo("Ce champ est obligatoire.");
		assertThat(page.selectFirst("[id='texts[en].title-error']").text())
			.isEqualTo("Le titre est obligatoire dès qu’un champ de cette langue est rempli.");
		assertThat(page.selectFirst("[id='texts[fr].slug-error']")).isNotNull();
		assertThat(page.selectFirst("#publishedAt-error").text()).isEqualTo("Cette valeur n’est pas valide.");
		assertThat(page.selectFirst("textarea[name='texts[fr].summary']").text()).isEqualTo("Un chapô à garder");
		assertThat(page.selectFirst("textarea[name='texts[fr].body']").text()).isEqualTo("Un texte à garder");
		assertThat(page.selectFirst("textarea[name='texts[en].summary']").text()).isEqualTo("An English summary without a title");
		assertThat(page.selectFirst("input[name='texts[fr].slug']").val()).isEqualTo("Pas Valide!");
		assertThat(page.selectFirst(".error-summary")).isNotNull();
	}

	@Test
	void scriptsAndEventHandlersInTheBodyNeverReachThePage() throws Exception {
		String marker = marker();
		String hostile = "Texte sûr " + marker + "\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
				+ "[clic](javascript:alert(1)) <a href=\"https://example.org\" onclick=\"steal()\">lien</a>\n\n"
				+ "<iframe src=\"https://evil.example\"></iframe>\n\n<p style=\"color:red\" onmouseover=\"x()\">p</p>";
		long id = create(article("Hostile " + marker, null).with("texts[fr].body", hostile), "publish");
		String html = text("/fr/actualites/" + slug(id, "fr"));
		String body = Jsoup.parse(html).selectFirst(".prose").html();
		assertThat(body).contains("Texte sûr " + marker).contains("href=\"https://example.org\"");
		assertThat(body.toLowerCase()).doesNotContain("<script", "onerror", "onclick", "onmouseover", "javascript:",
				"<iframe", "style=");
		assertThat(html).doesNotContain("alert('x')");
	}

	@Test
	void previewShowsAnUnpublishedArticleToSignedInUsersOnlyAndIsNotIndexed() throws Exception {
		String marker = marker();
		long id = create(article("Aperçu " + marker, "Preview " + marker), "save");
		MvcResult preview = this.mvc.perform(asEditor(get("/admin/articles/" + id + "/preview/en")))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(preview.getResponse().getContentAsString());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Preview " + marker);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
		assertThat(preview.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
		this.mvc.perform(get("/admin/articles/" + id + "/preview/en")).andExpect(status().isFound());
	}

	@Test
	void deleteAsksForConfirmationThenDeletes() throws Exception {
		long id = create(article("À supprimer " + marker(), null), "save");
		assertThat(page("/admin/articles/" + id + "/delete").selectFirst("form button").text()).isEqualTo("Oui, supprimer");
		this.mvc.perform(asEditor(post("/admin/articles/" + id + "/delete"))).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from article where id = ?", Integer.class, id)).isZero();
		assertThat(this.jdbc.queryForList("select action from audit_entry where target_type = 'article' and target_id = ?",
				String.class, String.valueOf(id))).contains("ARTICLE_DELETED");
	}

	@Test
	void articleListFiltersByStateLanguageAndTitle() throws Exception {
		String marker = marker();
		create(article("Liste brouillon " + marker, null), "save");
		create(article("Liste publié " + marker, "List published " + marker), "publish");
		assertThat(page("/admin/articles?title=" + marker).select("tbody tr")).hasSize(2);
		assertThat(page("/admin/articles?state=draft&title=" + marker).select("tbody tr a").eachText())
			.containsExactly("Liste brouillon " + marker);
		assertThat(page("/admin/articles?state=published&language=en&title=" + marker).select("tbody tr a").eachText())
			.containsExactly("Liste publié " + marker);
		assertThat(page("/admin/articles?language=fr-only&title=" + marker).select("tbody tr a").eachText())
			.containsExactly("Liste brouillon " + marker);
		this.mvc.perform(asEditor(get("/admin/articles?state=bogus"))).andExpect(status().isBadRequest());
	}

	// Helpers

	static String marker() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** The editor form's fields, as a browser posts them. */
	static final class Form {

		final MultiValueMap<String, String> params = new LinkedMultiValueMap<>();

		Form with(String name, String value) {
			if (value != null) {
				this.params.set(name, value);
			}
			return this;
		}

	}

	static Form article(String frenchTitle, String englishTitle) {
		Form form = new Form().with("texts[fr].title", frenchTitle).with("texts[fr].summary", "Chapô de " + frenchTitle);
		if (englishTitle != null) {
			form.with("texts[en].title", englishTitle).with("texts[en].summary", "Summary of " + englishTitle);
		}
		return form;
	}

	long create(Form form, String action) throws Exception {
		long articleId = create(this.mvc, form, action);
		this.created.add(articleId);
		return articleId;
	}

	/** Creates the article as the editor's form does; its id. */
	static long create(MockMvc mvc, Form form, String action) throws Exception {
		MvcResult result = mvc
			.perform(asEditor(multipart("/admin/articles/new")).params(form.with("action", action).params))
			.andExpect(status().isFound())
			.andReturn();
		Matcher id = Pattern.compile("/admin/articles/(\\d+)").matcher(result.getResponse().getRedirectedUrl());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	void save(long id, Form form, String action) throws Exception {
		save(this.mvc, this.jdbc, id, form, action);
	}

	/** Saves the article as the editor's form does, from its current version unless the form says. */
	static void save(MockMvc mvc, JdbcTemplate jdbc, long id, Form form, String action) throws Exception {
		if (!form.params.containsKey("version")) {
			form.with("version", String.valueOf(
					jdbc.queryForObject("select version from article where id = ?", Long.class, id)));
		}
		mvc.perform(asEditor(multipart("/admin/articles/" + id)).params(form.with("action", action).params))
			.andExpect(status().isFound());
	}

	String slug(long id, String language) {
		return this.jdbc.queryForObject("select slug from article_translation where article_id = ? and language = ?",
				String.class, id, language);
	}

	String text(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	String firstCardTitle(String path) throws Exception {
		return Jsoup.parse(text(path)).selectFirst("article.card h2").text();
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

	static <B extends AbstractMockHttpServletRequestBuilder<B>> B asEditor(B request) {
		return request.with(csrf()).with(user(EDITOR).roles("EDITOR"));
	}

}
