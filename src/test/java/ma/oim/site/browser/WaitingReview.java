package ma.oim.site.browser;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An article waiting for a review, written straight into the database for the accessibility
 * and HTML checks of the review pages: published once ("Le bureau de Rabat"), changed since
 * (Tanger), an Arabic translation added, submitted by a contributor, with a comment.
 */
final class WaitingReview {

	/** A review page with everything it can show: changes, history, the editor's decisions. */
	static final String NAME = "article waiting for a review";

	private WaitingReview() {
	}

	/** @return the article's id, for the test to delete it (its review goes with it) */
	static long create(JdbcTemplate jdbc, String slug) {
		long id = jdbc.queryForObject("""
				insert into article (status, published_at, author_email)
				values ('WITHDRAWN', timestamptz '2019-05-03 10:00+01', 'contributor-pages@oim.test') returning id""",
				Long.class);
		jdbc.update("""
				insert into article_revision (article_id, saved_at, content)
				values (?, timestamptz '2019-05-03 10:00+01', cast(? as jsonb))""", id,
				"{\"texts\": {\"fr\": {\"slug\": \"" + slug + "\", \"title\": \"Le bureau de Rabat\", "
						+ "\"summary\": \"Une ouverture.\", \"body\": \"Le bureau de Rabat ouvre ses portes.\"}}, "
						+ "\"status\": \"PUBLISHED\", \"axisIds\": [], \"partnerIds\": []}");
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				values (?, 'fr', ?, 'Le bureau de Tanger', 'Une ouverture.', 'Le bureau de Tanger ouvre ses portes.',
				        '<p>Le bureau de Tanger ouvre ses portes.</p>'),
				       (?, 'ar', ?, 'مكتب طنجة', 'افتتاح.', 'يفتح مكتب طنجة أبوابه.', '<p>يفتح مكتب طنجة أبوابه.</p>')""",
				id, slug, id, slug);
		jdbc.update("""
				insert into article_review (article_id, state, submitted_by, submitted_at)
				values (?, 'SUBMITTED', 'contributor-pages@oim.test', timestamptz '2026-01-05 09:00Z')""", id);
		jdbc.update("""
				insert into review_note (article_id, written_at, author, kind, text)
				values (?, timestamptz '2026-01-05 09:00Z', 'contributor-pages@oim.test', 'SUBMITTED', ''),
				       (?, timestamptz '2026-01-05 09:30Z', 'contributor-pages@oim.test', 'COMMENT',
				        '<b>Merci</b> de relire le titre.\nشكرًا.')""", id, id);
		return id;
	}

}
