package ma.oim.site.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.Mailbox;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Roles and review through the real stack on PostgreSQL: a contributor never publishes,
 * whatever the route; a submission waits in the queue and emails the editors; a reason
 * sent back emails the writer; an approval publishes or schedules; each step is an audit
 * line; the review forms keep bad input out without a 500.
 */
@SiteTest
class ReviewTests {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	String marker;

	String contributor;

	String otherContributor;

	String editor;

	String secondEditor;

	@BeforeEach
	void createAccounts() {
		this.marker = UUID.randomUUID().toString().substring(0, 8);
		this.contributor = "contributor-" + this.marker + "@oim.test";
		this.otherContributor = "other-" + this.marker + "@oim.test";
		this.editor = "editor-" + this.marker + "@oim.test";
		this.secondEditor = "second-" + this.marker + "@oim.test";
		account(this.contributor, "Camille Contributrice", "CONTRIBUTOR", "fr");
		account(this.otherContributor, "Omar Autre", "CONTRIBUTOR", "fr");
		account(this.editor, "Edith Editor", "EDITOR", "en");
		account(this.secondEditor, "Salma Seconde", "EDITOR", "ar");
	}

	@AfterEach
	void removeEverything() {
		this.clock.reset();
		this.jdbc.update("delete from site_setting where name = 'editors-publish-without-review'");
		this.jdbc.update("delete from article where author_email like ?", "%" + this.marker + "@oim.test");
		this.jdbc.update("delete from app_user where email like ?", "%" + this.marker + "@oim.test");
	}

	@Test
	void contributorCannotPublishByAnyRouteAndEachRefusalIsAnAuditLine() throws Exception {
		long id = create(this.contributor, "CONTRIBUTOR", "Brouillon " + this.marker, "save");
		int refusedBefore = refusals(this.contributor);

		// The publish action, forged on a new article and on their own draft.
		perform(post("/admin/articles/new"), this.contributor, "CONTRIBUTOR",
				articleForm("Forgé " + this.marker).with("action", "publish")).andExpect(status().isForbidden());
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Brouillon " + this.marker).with("action", "publish").with("version", version(id)))
			.andExpect(status().isForbidden());
		// Scheduling is the same action with a date.
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Brouillon " + this.marker).with("action", "publish")
					.with("publishedAt", LOCAL.format(LocalDateTime.now(SiteZone.ZONE).plusDays(1)))
					.with("version", version(id)))
			.andExpect(status().isForbidden());
		// A translation's own state control, set to "published" by hand.
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Brouillon " + this.marker).with("texts[en].title", "Draft " + this.marker)
					.with("texts[en].status", "PUBLISHED")
					.with("action", "save")
					.with("version", version(id)))
			.andExpect(status().isForbidden());
		// An unknown status value is a bad request, not a publication.
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Brouillon " + this.marker).with("status", "PUBLISHED").with("action", "save")
					.with("version", version(id)))
			.andExpect(status().isFound());
		// The review's own decisions, and every page that is not theirs.
		perform(post("/admin/articles/" + id + "/review/approve"), this.contributor, "CONTRIBUTOR",
				new Form().with("version", version(id))).andExpect(status().isForbidden());
		perform(post("/admin/articles/" + id + "/review/send-back"), this.contributor, "CONTRIBUTOR",
				new Form().with("reason", "non")).andExpect(status().isForbidden());
		perform(post("/admin/articles/" + id + "/withdraw"), this.contributor, "CONTRIBUTOR", new Form())
			.andExpect(status().isForbidden());
		for (String page : List.of("/admin/review", "/admin/review/setting", "/admin/site", "/admin/pages/1",
				"/admin/axes/1", "/admin/partners/new", "/admin/redirects", "/admin/users", "/admin/audit",
				"/admin/contact")) {
			this.mvc.perform(get(page).with(user(this.contributor).roles("CONTRIBUTOR")))
				.andExpect(status().isForbidden());
		}
		perform(post("/admin/users/1/role"), this.contributor, "CONTRIBUTOR", new Form().with("role", "ADMIN"))
			.andExpect(status().isForbidden());
		perform(post("/admin/redirects"), this.contributor, "CONTRIBUTOR",
				new Form().with("from", "/x").with("to", "/fr")).andExpect(status().isForbidden());
		perform(post("/admin/review/setting"), this.contributor, "CONTRIBUTOR",
				new Form().with("editorsPublishWithoutReview", "true")).andExpect(status().isForbidden());
		perform(post("/admin/pages/1"), this.contributor, "CONTRIBUTOR", new Form().with("texts[fr].title", "X"))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, id))
			.isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where article_id = ?",
				Integer.class, id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from article a join article_translation t on t.article_id = a.id where t.title = ?",
				Integer.class, "Forgé " + this.marker)).isZero();
		// One line for each of the 21 refusals above (the unknown field was ignored, not refused).
		assertThat(refusals(this.contributor) - refusedBefore).isEqualTo(21);
		assertThat(this.jdbc.queryForList(
				"select details from audit_entry where actor = ? and action = 'ACCESS_REFUSED' order by id",
				String.class, this.contributor)).contains("publishing needs a review",
						"publishing a translation needs a review: en", "deciding a review needs an editor",
						"withdrawing is an editor's decision");
	}

	@Test
	void contributorWritesOnlyTheirOwnArticlesAndNoPublicOne() throws Exception {
		long others = create(this.otherContributor, "CONTRIBUTOR", "Autre " + this.marker, "submit");
		long editors = create(this.editor, "EDITOR", "Éditeur " + this.marker, "save");
		for (long id : new long[] { others, editors }) {
			this.mvc.perform(get("/admin/articles/" + id).with(user(this.contributor).roles("CONTRIBUTOR")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/articles/" + id + "/review").with(user(this.contributor).roles("CONTRIBUTOR")))
				.andExpect(status().isForbidden());
			perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
					articleForm("Volé " + this.marker).with("action", "submit").with("version", version(id)))
				.andExpect(status().isForbidden());
			perform(post("/admin/articles/" + id + "/delete"), this.contributor, "CONTRIBUTOR", new Form())
				.andExpect(status().isForbidden());
			perform(post("/admin/articles/" + id + "/review/comment"), this.contributor, "CONTRIBUTOR",
					new Form().with("comment", "Intrus")).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/articles/" + id + "/preview/fr").with(user(this.contributor).roles("CONTRIBUTOR")))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForList("select title from article_translation where article_id in (?, ?)",
				String.class, others, editors)).containsExactlyInAnyOrder("Autre " + this.marker, "Éditeur " + this.marker);
		// Their list shows only their own articles.
		long own = create(this.contributor, "CONTRIBUTOR", "Mien " + this.marker, "save");
		String list = this.mvc.perform(get("/admin/articles").with(user(this.contributor).roles("CONTRIBUTOR")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Mien " + this.marker).doesNotContain("Autre " + this.marker)
			.doesNotContain("Éditeur " + this.marker);

		// Once public, their own article changes only through an editor: what they save is a proposal beside it.
		perform(post("/admin/articles/" + own), this.contributor, "CONTRIBUTOR",
				articleForm("Mien " + this.marker).with("action", "submit").with("version", version(own)))
			.andExpect(status().isFound());
		perform(post("/admin/articles/" + own + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(own))).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, own))
			.isEqualTo("PUBLISHED");
		Document proposing = page("/admin/articles/" + own, this.contributor, "CONTRIBUTOR");
		assertThat(proposing.select("button[name=action]").eachAttr("value")).containsExactly("save", "submit");
		assertThat(proposing.select("p.notice").text()).isNotEmpty();
		perform(post("/admin/articles/" + own), this.contributor, "CONTRIBUTOR",
				articleForm("Changé en ligne " + this.marker).with("action", "save").with("version", version(own)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select title from article_translation where article_id = ?",
				String.class, own)).isEqualTo("Mien " + this.marker);
		assertThat(this.jdbc.queryForObject("select form -> 'texts' -> 'fr' ->> 'title' from article_proposal"
				+ " where article_id = ?", String.class, own)).isEqualTo("Changé en ligne " + this.marker);
	}

	/**
	 * A contributor's change to their public article waits beside it: the article stays
	 * online as it is while the change is written, submitted, sent back, corrected and
	 * approved; the reviewer reads it against the online version; approval applies it.
	 */
	@Test
	void aChangeProposedToAPublicArticleWaitsBesideItUntilApproved() throws Exception {
		long id = create(this.contributor, "CONTRIBUTOR", "En ligne " + this.marker, "submit");
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id))).andExpect(status().isFound());
		String slug = this.jdbc.queryForObject("select slug from article_translation where article_id = ?", String.class,
				id);
		Instant publishedAt = this.jdbc.queryForObject("select published_at from article where id = ?", Instant.class, id);
		Document editor = page("/admin/articles/" + id, this.contributor, "CONTRIBUTOR");
		assertThat(editor.selectFirst("input[name='texts[fr].slug']").val()).isEqualTo(slug);

		// Proposed: a new summary, a new English translation; nothing changes online.
		Form change = articleForm("En ligne " + this.marker).with("texts[fr].slug", slug)
			.with("texts[fr].summary", "Un chapô proposé " + this.marker)
			.with("texts[en].title", "Online " + this.marker)
			.with("texts[en].body", "The English text.")
			.with("version", version(id));
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR", change.with("action", "save"))
			.andExpect(status().isFound());
		assertThat(publicPage("/fr/actualites/" + slug)).contains("Chapô de En ligne " + this.marker)
			.doesNotContain("Un chapô proposé");
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where article_id = ?",
				Integer.class, id)).isEqualTo(1);
		// Their editor goes on with the proposal; an editor's shows the online version and says a change waits.
		assertThat(page("/admin/articles/" + id, this.contributor, "CONTRIBUTOR")
			.selectFirst("textarea[name='texts[fr].summary']").text()).isEqualTo("Un chapô proposé " + this.marker);
		Document editorsView = page("/admin/articles/" + id, this.editor, "EDITOR");
		assertThat(editorsView.selectFirst("textarea[name='texts[fr].summary']").text())
			.isEqualTo("Chapô de En ligne " + this.marker);
		assertThat(editorsView.select(".proposal a[href$=/review]")).hasSize(1);

		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR", change.with("action", "submit"))
			.andExpect(status().isFound());
		assertThat(Mailbox.waitFor(this.editor).getSubject()).endsWith("An article waits for your review");
		assertThat(page("/admin/review", this.editor, "EDITOR").select("tr:contains(En ligne " + this.marker + ") .badge"))
			.hasSize(1);

		// The reviewer reads the change against the online version, language by language.
		Document review = page("/admin/articles/" + id + "/review", this.editor, "EDITOR");
		assertThat(review.select(".proposal").text()).contains(this.contributor);
		assertThat(review.select("#changes-fr").text()).contains("modifié");
		assertThat(review.select("#changes-fr + dl ins").text()).contains("proposé");
		assertThat(review.select("#changes-fr + dl del").text()).contains("Chapô", "ligne");
		assertThat(review.select("#changes-en").text()).contains("nouveau");
		assertThat(review.select("input[name=proposal]").val()).isEqualTo("2");

		// Sent back; corrected; approved: applied, keeping its publication time.
		perform(post("/admin/articles/" + id + "/review/send-back"), this.editor, "EDITOR",
				new Form().with("reason", "Le titre anglais ne va pas.")).andExpect(status().isFound());
		assertThat(Mailbox.waitFor(this.contributor).getSubject()).endsWith("Votre article vous a été renvoyé");
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				change.with("texts[en].title", "Online, corrected " + this.marker).with("action", "submit"))
			.andExpect(status().isFound());
		// An approval of a proposal read before the correction is refused: the reviewer reads it again.
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id)).with("proposal", "2")).andExpect(status().isConflict());
		assertThat(publicPage("/fr/actualites/" + slug)).doesNotContain("Un chapô proposé");
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id)).with("proposal", "3")).andExpect(status().isFound());
		assertThat(publicPage("/fr/actualites/" + slug)).contains("Un chapô proposé " + this.marker);
		assertThat(this.jdbc.queryForObject("select title from article_translation where article_id = ? and language = 'en'",
				String.class, id)).isEqualTo("Online, corrected " + this.marker);
		assertThat(this.jdbc.queryForObject("select published_at from article where id = ?", Instant.class, id))
			.isEqualTo(publishedAt);
		assertThat(this.jdbc.queryForObject("select count(*) from article_proposal where article_id = ?", Integer.class,
				id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from article_review where article_id = ?", Integer.class,
				id)).isZero();
		assertThat(this.jdbc.queryForList("select action from audit_entry where target_id = ? and target_type = 'article'"
				+ " order by id", String.class, String.valueOf(id)))
			.containsSubsequence("ARTICLE_PUBLISHED", "ARTICLE_PROPOSED", "ARTICLE_PROPOSED", "ARTICLE_SUBMITTED",
					"REVIEW_SENT_BACK", "ARTICLE_PROPOSED", "ARTICLE_SUBMITTED", "ARTICLE_SAVED",
					"ARTICLE_PROPOSAL_APPLIED", "REVIEW_APPROVED");
	}

	/**
	 * A proposal publishes nothing by itself: a forged publication is refused, a translation
	 * published on its own too; a proposal whose address was taken since cannot be applied;
	 * its writer may drop it, and it leaves the queue.
	 */
	@Test
	void aProposalPublishesNothingByItselfAndCanBeDropped() throws Exception {
		long id = create(this.contributor, "CONTRIBUTOR", "Proposable " + this.marker, "submit");
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id))).andExpect(status().isFound());
		int refusedBefore = refusals(this.contributor);
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Proposable " + this.marker).with("action", "publish").with("version", version(id)))
			.andExpect(status().isForbidden());
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Proposable " + this.marker).with("texts[en].title", "Proposable " + this.marker)
					.with("texts[en].status", "PUBLISHED").with("action", "save").with("version", version(id)))
			.andExpect(status().isForbidden());
		assertThat(refusals(this.contributor) - refusedBefore).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from article_proposal where article_id = ?", Integer.class,
				id)).isZero();

		// A translation an editor published on its own stays so in the writer's proposal: the state is offered where it is.
		perform(post("/admin/articles/" + id), this.editor, "EDITOR",
				articleForm("Proposable " + this.marker).with("texts[en].title", "Proposable EN " + this.marker)
					.with("texts[en].status", "PUBLISHED").with("action", "save").with("version", version(id)))
			.andExpect(status().isFound());
		assertThat(page("/admin/articles/" + id, this.contributor, "CONTRIBUTOR")
			.select("select[name='texts[en].status'] option[selected]").eachAttr("value")).containsExactly("PUBLISHED");
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Proposable " + this.marker).with("texts[en].title", "Proposable EN, mieux " + this.marker)
					.with("texts[en].status", "PUBLISHED").with("action", "save").with("version", version(id)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select form -> 'texts' -> 'en' ->> 'status' from article_proposal"
				+ " where article_id = ?", String.class, id)).isEqualTo("PUBLISHED");
		perform(post("/admin/articles/" + id + "/proposal/discard"), this.contributor, "CONTRIBUTOR", new Form())
			.andExpect(status().isFound());

		// Bad input is shown by the field and stores nothing.
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("").with("action", "save").with("version", version(id))).andExpect(status().is(422));
		assertThat(this.jdbc.queryForObject("select count(*) from article_proposal where article_id = ?", Integer.class,
				id)).isZero();

		// Its new address is free when proposed, taken before the approval: the approval is refused, by what to correct.
		String wanted = "adresse-" + this.marker;
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Proposable " + this.marker).with("texts[fr].slug", wanted).with("action", "submit")
					.with("version", version(id)))
			.andExpect(status().isFound());
		perform(post("/admin/articles/new"), this.editor, "EDITOR",
				articleForm("Premier arrivé " + this.marker).with("texts[fr].slug", wanted).with("action", "save"))
			.andExpect(status().isFound());
		Document refused = Jsoup.parse(perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id)).with("proposal", "1"))
			.andExpect(status().is(422)).andReturn().getResponse().getContentAsString());
		assertThat(refused.select(".problem li").text()).isIn("Cette adresse est déjà utilisée par un autre article.",
				"This address is already used by another article.");
		assertThat(this.jdbc.queryForObject("select slug from article_translation where article_id = ? and language = 'fr'",
				String.class, id)).isNotEqualTo(wanted);

		// Its writer drops it: it leaves the queue, and the editor shows the online version again.
		perform(post("/admin/articles/" + id + "/proposal/discard"), this.contributor, "CONTRIBUTOR", new Form())
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from article_proposal where article_id = ?", Integer.class,
				id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from article_review where article_id = ?", Integer.class,
				id)).isZero();
		assertThat(page("/admin/articles/" + id, this.contributor, "CONTRIBUTOR")
			.selectFirst("input[name='texts[fr].slug']").val()).isNotEqualTo(wanted);
		assertThat(this.jdbc.queryForList("select action from audit_entry where target_id = ? and target_type = 'article'"
				+ " order by id desc limit 1", String.class, String.valueOf(id))).containsExactly("ARTICLE_PROPOSAL_DISCARDED");
		// Another writer cannot drop it, nor send one without a token.
		perform(post("/admin/articles/" + id + "/proposal/discard"), this.otherContributor, "CONTRIBUTOR", new Form())
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/articles/" + id).with(user(this.contributor).roles("CONTRIBUTOR"))
			.params(articleForm("Sans jeton " + this.marker).params)).andExpect(status().isForbidden());
	}

	/** Beside the words, the review names the other fields a proposal changes: an event's place and time. */
	@Test
	void theReviewShowsTheOtherFieldsAProposalChanges() throws Exception {
		String start = LOCAL.format(LocalDateTime.now(SiteZone.ZONE).plusDays(10).truncatedTo(ChronoUnit.HOURS));
		String title = "Atelier " + this.marker;
		perform(post("/admin/articles/new"), this.contributor, "CONTRIBUTOR",
				articleForm(title).with("kind", "EVENT").with("startsAt", start).with("place", "Rabat")
					.with("action", "submit"))
			.andExpect(status().isFound());
		long id = this.jdbc.queryForObject(
				"select article_id from article_translation where language = 'fr' and title = ?", Long.class, title);
		// Never published: the review lists the fields it sets.
		Document first = page("/admin/articles/" + id + "/review", this.editor, "EDITOR");
		assertThat(first.select(".review-details td").eachText()).contains("Rabat");
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id))).andExpect(status().isFound());

		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm(title).with("kind", "EVENT").with("startsAt", start).with("place", "Tanger")
					.with("action", "submit").with("version", version(id)))
			.andExpect(status().isFound());
		Document review = page("/admin/articles/" + id + "/review", this.editor, "EDITOR");
		assertThat(review.select(".review-details tbody tr")).hasSize(1);
		assertThat(review.select(".review-details tbody tr td").eachText()).containsExactly("Rabat", "Tanger");
		assertThat(review.select(".review-changes ins")).isEmpty();
	}

	@Test
	void submissionWaitsEmailsEditorsIsSentBackWithAReasonThenApprovedAndScheduled() throws Exception {
		long id = create(this.contributor, "CONTRIBUTOR", "Soumis " + this.marker, "submit");
		assertThat(this.jdbc.queryForObject("select state from article_review where article_id = ?", String.class, id))
			.isEqualTo("SUBMITTED");

		// Each editor is told, in their language.
		MimeMessage toEditor = Mailbox.waitFor(this.editor);
		assertThat(toEditor.getSubject()).endsWith("An article waits for your review");
		assertThat((String) toEditor.getContent()).contains("Camille Contributrice", "Soumis " + this.marker,
				"/admin/articles/" + id + "/review");
		assertThat(Mailbox.waitFor(this.secondEditor).getSubject()).endsWith("مقال ينتظر مراجعتكم");
		assertThat(Mailbox.to(this.contributor)).isEmpty();

		// The queue, the dashboard and the review page with the changes word by word.
		assertThat(page("/admin/review", this.editor, "EDITOR").text()).contains("Soumis " + this.marker);
		assertThat(page("/admin", this.editor, "EDITOR").select("#to-review + ul").text()).contains("Soumis " + this.marker);
		Document review = page("/admin/articles/" + id + "/review", this.editor, "EDITOR");
		assertThat(review.select(".review-changes ins").text()).contains("Soumis " + this.marker);
		assertThat(review.select("form[action$=/approve]")).hasSize(1);
		assertThat(page("/admin/articles/" + id + "/review", this.contributor, "CONTRIBUTOR")
			.select("form[action$=/approve]")).isEmpty();

		// Sent back with a reason: the writer is told, by email and on their dashboard.
		perform(post("/admin/articles/" + id + "/review/send-back"), this.editor, "EDITOR",
				new Form().with("reason", "Le chapô manque de précision.")).andExpect(status().isFound());
		MimeMessage toWriter = Mailbox.waitFor(this.contributor);
		assertThat(toWriter.getSubject()).endsWith("Votre article vous a été renvoyé");
		assertThat((String) toWriter.getContent()).contains("Edith Editor", "Le chapô manque de précision.");
		assertThat(page("/admin", this.contributor, "CONTRIBUTOR").select("#sent-back + ul").text())
			.contains("Soumis " + this.marker);
		assertThat(page("/admin/review", this.editor, "EDITOR").text()).doesNotContain("Soumis " + this.marker);

		// Corrected and submitted again; approved for a time to come: it appears at that minute.
		perform(post("/admin/articles/" + id), this.contributor, "CONTRIBUTOR",
				articleForm("Soumis " + this.marker).with("texts[fr].summary", "Un chapô précis.")
					.with("action", "submit").with("version", version(id)))
			.andExpect(status().isFound());
		assertThat(page("/admin/articles/" + id + "/review", this.editor, "EDITOR").select(".review-history li"))
			.hasSize(3);
		LocalDateTime goLive = LocalDateTime.now(SiteZone.ZONE).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id)).with("publishedAt", LOCAL.format(goLive)))
			.andExpect(status().isFound());
		String slug = this.jdbc.queryForObject("select slug from article_translation where article_id = ?",
				String.class, id);
		this.mvc.perform(get("/fr/actualites/" + slug)).andExpect(status().isNotFound());
		this.clock.setInstant(goLive.atZone(SiteZone.ZONE).toInstant());
		this.mvc.perform(get("/fr/actualites/" + slug)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from article_review where article_id = ?",
				Integer.class, id)).isZero();

		assertThat(this.jdbc.queryForList("select action from audit_entry where target_id = ? and target_type = 'article'"
				+ " order by id", String.class, String.valueOf(id)))
			.containsSubsequence("ARTICLE_CREATED", "ARTICLE_SUBMITTED", "REVIEW_SENT_BACK", "ARTICLE_SAVED",
					"ARTICLE_SUBMITTED", "ARTICLE_SCHEDULED", "REVIEW_APPROVED");
	}

	/** Approval publishes with the expiry the article has: a publication time at or after it is refused by the field. */
	@Test
	void anApprovalAfterTheArticlesExpiryIsRefusedByTheField() throws Exception {
		LocalDateTime expiry = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		String title = "Expire " + this.marker;
		perform(post("/admin/articles/new"), this.contributor, "CONTRIBUTOR",
				articleForm(title).with("expiresAt", LOCAL.format(expiry)).with("action", "submit"))
			.andExpect(status().isFound());
		long id = this.jdbc.queryForObject(
				"select article_id from article_translation where language = 'fr' and title = ?", Long.class, title);
		// The contributor's editor has no field for it, but keeps it through their saves.
		assertThat(page("/admin/articles/" + id, this.contributor, "CONTRIBUTOR").selectFirst("input[name=expiresAt]")
			.attr("type")).isEqualTo("hidden");
		Document refused = Jsoup.parse(perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id)).with("publishedAt", LOCAL.format(expiry.plusDays(1))))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.selectFirst("#publishedAt-error").text()).isIn(
				"La date de retrait doit venir après la date de publication.",
				"The withdrawal time must come after the publication time.");
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, id))
			.isEqualTo("DRAFT");
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id))).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, id))
			.isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForObject("select expires_at is not null from article where id = ?", Boolean.class,
				id)).isTrue();
	}

	@Test
	void theReviewFormsRefuseBadInputWithoutLosingOrBreakingAnything() throws Exception {
		long id = create(this.contributor, "CONTRIBUTOR", "Entrées " + this.marker, "submit");
		String path = "/admin/articles/" + id + "/review/comment";

		String tooLong = "é".repeat(5001);
		String body = perform(post(path), this.editor, "EDITOR", new Form().with("comment", tooLong))
			.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		Document shown = Jsoup.parse(body);
		assertThat(shown.select("#comment-error").text()).startsWith("Au plus 5").endsWith("000 caractères.");
		assertThat(shown.select("textarea#comment").val()).hasSize(5001);
		perform(post("/admin/articles/" + id + "/review/send-back"), this.editor, "EDITOR",
				new Form().with("reason", "   ")).andExpect(status().is(422));
		assertThat(notes(id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select state from article_review where article_id = ?", String.class, id))
			.isEqualTo("SUBMITTED");

		perform(post(path), this.editor, "EDITOR", new Form().with("comment", "x".repeat(5000)))
			.andExpect(status().isFound());
		String hostile = "<script>alert(1)</script><b onmouseover=alert(2)>gras</b> \u202Eإعادة\u202C\u200F fin";
		perform(post(path), this.editor, "EDITOR", new Form().with("comment", hostile)).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select text from review_note where article_id = ? order by id desc limit 1",
				String.class, id)).doesNotContain("\u202E", "\u202C").contains("\u200F", "<script>");
		String page = this.mvc.perform(get("/admin/articles/" + id + "/review").with(user(this.editor).roles("EDITOR")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
			.doesNotContain("<b onmouseover");

		// No CSRF token: refused before anything is read or stored.
		this.mvc.perform(post(path).with(user(this.editor).roles("EDITOR")).param("comment", "sans jeton"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/articles/" + id + "/review/approve").with(user(this.editor).roles("EDITOR"))
			.param("version", version(id))).andExpect(status().isForbidden());
		// A date that is no date: the form again, nothing published.
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id)).with("publishedAt", "2026-13-45T99:99"))
			.andExpect(status().is(422));
		assertThat(notes(id)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, id))
			.isEqualTo("DRAFT");
	}

	@Test
	void withReviewRequiredAnEditorSubmitsTooAndAnotherEditorApproves() throws Exception {
		perform(post("/admin/review/setting"), SiteTest.ADMIN_EMAIL, "ADMIN",
				new Form().with("editorsPublishWithoutReview", "false")).andExpect(status().isFound());
		assertThat(this.jdbc.queryForList("select action from audit_entry where target_id = ? order by id desc limit 1",
				String.class, "editors-publish-without-review")).containsExactly("SETTING_CHANGED");

		perform(post("/admin/articles/new"), this.editor, "EDITOR",
				articleForm("Direct " + this.marker).with("action", "publish")).andExpect(status().isForbidden());
		long id = create(this.editor, "EDITOR", "Relu " + this.marker, "submit");
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id))).andExpect(status().isForbidden());
		perform(post("/admin/articles/" + id + "/review/approve"), this.secondEditor, "EDITOR",
				new Form().with("version", version(id))).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, id))
			.isEqualTo("PUBLISHED");
		// Now public, it changes only after a review again: the editor's change is a proposal, approved by another.
		perform(post("/admin/articles/" + id), this.editor, "EDITOR",
				articleForm("Relu et changé " + this.marker).with("action", "submit").with("version", version(id)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select title from article_translation where article_id = ?",
				String.class, id)).isEqualTo("Relu " + this.marker);
		perform(post("/admin/articles/" + id + "/review/approve"), this.editor, "EDITOR",
				new Form().with("version", version(id)).with("proposal", "1")).andExpect(status().isForbidden());
		perform(post("/admin/articles/" + id + "/review/approve"), this.secondEditor, "EDITOR",
				new Form().with("version", version(id)).with("proposal", "1")).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select title from article_translation where article_id = ?",
				String.class, id)).isEqualTo("Relu et changé " + this.marker);
	}

	@Test
	void anAdministratorGivesTheContributorRole() throws Exception {
		long userId = this.jdbc.queryForObject("select id from app_user where email = ?", Long.class, this.editor);
		perform(post("/admin/users/" + userId + "/role"), SiteTest.ADMIN_EMAIL, "ADMIN",
				new Form().with("role", "CONTRIBUTOR")).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select role from app_user where id = ?", String.class, userId))
			.isEqualTo("CONTRIBUTOR");
		assertThat(page("/admin/users/" + userId, SiteTest.ADMIN_EMAIL, "ADMIN").select("select#role option")
			.eachAttr("value")).contains("CONTRIBUTOR", "EDITOR", "ADMIN");
	}

	private void account(String email, String name, String role, String language) {
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role, language) values (?, ?, ?, ?, ?)",
				email, name, "{noop}unused", role, language);
	}

	private long create(String who, String role, String title, String action) throws Exception {
		perform(post("/admin/articles/new"), who, role, articleForm(title).with("action", action))
			.andExpect(status().isFound());
		return this.jdbc.queryForObject(
				"select article_id from article_translation where language = 'fr' and title = ?", Long.class, title);
	}

	private org.springframework.test.web.servlet.ResultActions perform(MockHttpServletRequestBuilder request, String who,
			String role, Form form) throws Exception {
		return this.mvc.perform(request.params(form.params).with(csrf()).with(user(who).roles(role)));
	}

	private Document page(String path, String who, String role) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(who).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String publicPage(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from article where id = ?", Long.class, id));
	}

	private int refusals(String actor) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'ACCESS_REFUSED'",
				Integer.class, actor);
	}

	private int notes(long id) {
		return this.jdbc.queryForObject("select count(*) from review_note where article_id = ?", Integer.class, id);
	}

	private Form articleForm(String frenchTitle) {
		return new Form().with("texts[fr].title", frenchTitle).with("texts[fr].summary", "Chapô de " + frenchTitle)
			.with("texts[fr].body", "Le texte de " + frenchTitle);
	}

	static final class Form {

		final MultiValueMap<String, String> params = new LinkedMultiValueMap<>();

		Form with(String name, String value) {
			this.params.set(name, value);
			return this;
		}

	}

}
