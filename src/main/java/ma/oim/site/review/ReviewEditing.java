package ma.oim.site.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.mail.OutgoingMail;
import ma.oim.site.news.Article;
import ma.oim.site.news.ArticleEditing;
import ma.oim.site.news.ArticleEvent;
import ma.oim.site.review.ReviewEvent.Kind;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;
import ma.oim.site.web.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a review: a submission (the article's own event, heard here) puts the
 * article in the queue and emails the editors; an editor comments, sends it back with a
 * reason (emailed to its writer) or approves it, which publishes or schedules it. A
 * publication by any route takes the article out of the queue. Each step is a note of the
 * article's history and an audit line, in the transaction that takes it.
 */
@Service
@Transactional
public class ReviewEditing {

	private final JdbcClient jdbc;

	private final ArticleEditing articles;

	private final UserService users;

	private final SiteProperties site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewEditing(JdbcClient jdbc, ArticleEditing articles, UserService users, SiteProperties site,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.users = users;
		this.site = site;
		this.events = events;
		this.clock = clock;
	}

	/** In the transaction that saved the article: it is queued only if the save commits. */
	@EventListener
	void on(ArticleEvent event) {
		switch (event.kind()) {
			case SUBMITTED -> submitted(event.articleId(), event.actor(), event.details());
			case PUBLISHED, SCHEDULED, PROPOSAL_APPLIED, PROPOSAL_DISCARDED -> this.jdbc.sql("delete from article_review where article_id = ?")
				.param(event.articleId())
				.update();
			default -> {
			}
		}
	}

	private void submitted(long articleId, String writer, String title) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into article_review (article_id, state, submitted_by, submitted_at) values (?, 'SUBMITTED', ?, ?)
				on conflict (article_id) do update set state = 'SUBMITTED', submitted_by = excluded.submitted_by,
				submitted_at = excluded.submitted_at, decided_by = null, decided_at = null""")
			.params(articleId, writer, Timestamp.from(now))
			.update();
		note(articleId, writer, "SUBMITTED", "", now);
		String writerName = this.users.byEmail(writer).map(User::getDisplayName).orElse(writer);
		for (User reviewer : this.users.reviewers()) {
			if (!reviewer.getEmail().equalsIgnoreCase(writer)) {
				this.events.publishEvent(new OutgoingMail(reviewer.getEmail(), languageOf(reviewer),
						"review.mail.submitted.subject", "review.mail.submitted.body",
						List.of(reviewer.getDisplayName(), writerName, title, link(articleId))));
			}
		}
	}

	public void comment(long articleId, String text, String actor) {
		note(articleId, actor, "COMMENT", text, this.clock.instant());
		this.events.publishEvent(new ReviewEvent(Kind.COMMENTED, articleId, actor, text));
	}

	/**
	 * Sends the submitted article back to its writer with the reason, by email too.
	 * @return false when it was not waiting for a review (someone decided first)
	 */
	public boolean sendBack(long articleId, String reason, String reviewer, String title) {
		Instant now = this.clock.instant();
		List<String> writer = this.jdbc.sql("""
				update article_review set state = 'SENT_BACK', decided_by = ?, decided_at = ?
				where article_id = ? and state = 'SUBMITTED' returning submitted_by""")
			.params(reviewer, Timestamp.from(now), articleId)
			.query(String.class)
			.list();
		if (writer.isEmpty()) {
			return false;
		}
		note(articleId, reviewer, "SENT_BACK", reason, now);
		this.events.publishEvent(new ReviewEvent(Kind.SENT_BACK, articleId, reviewer, reason));
		String reviewerName = this.users.byEmail(reviewer).map(User::getDisplayName).orElse(reviewer);
		this.users.byEmail(writer.get(0))
			.filter(User::isEnabled)
			.ifPresent((user) -> this.events.publishEvent(new OutgoingMail(user.getEmail(), languageOf(user),
					"review.mail.sentBack.subject", "review.mail.sentBack.body",
					List.of(user.getDisplayName(), reviewerName, title, reason, link(articleId)))));
		return true;
	}

	/**
	 * Approves the article as the reviewer read it ({@code version}, and the version of the
	 * change proposed to it, if any) and publishes it at {@code at} (now when null; a future
	 * time schedules it; a public article given no other time keeps its own).
	 * @throws ArticleEditing.ConflictException when it changed since the reviewer opened it
	 */
	public Article approve(long articleId, long version, Integer proposalVersion, Instant at, String reviewer) {
		Article published = this.articles.publishReviewed(articleId, version, proposalVersion, at, reviewer);
		note(articleId, reviewer, "APPROVED", "", this.clock.instant());
		this.events.publishEvent(new ReviewEvent(Kind.APPROVED, articleId, reviewer,
				published.getPublishedAt().toString()));
		return published;
	}

	private void note(long articleId, String author, String kind, String text, Instant at) {
		this.jdbc.sql("insert into review_note (article_id, written_at, author, kind, text) values (?, ?, ?, ?, ?)")
			.params(articleId, Timestamp.from(at), author, kind, text)
			.update();
	}

	private String link(long articleId) {
		return this.site.absolute("/admin/articles/" + articleId + "/review");
	}

	private static Language languageOf(User user) {
		return Language.fromCode(user.getLanguage()).orElse(Language.record());
	}

}
