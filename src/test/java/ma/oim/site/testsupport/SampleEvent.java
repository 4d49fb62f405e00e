package ma.oim.site.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published event in French, English and Arabic (on 15 December 2026, in Rabat and
 * online), for the checks that visit every kind of page. Written at a fixed id, and
 * deleted after them: the news lists and feeds other tests count would hold it.
 */
public final class SampleEvent {

	public static final long ID = 900_001;

	public static final String FRENCH = "/fr/actualites/evenement-exemple-des-controles";

	public static final String ENGLISH = "/en/news/sample-event-of-the-checks";

	public static final String ARABIC = "/ar/الأخبار/فعالية-نموذجية-للفحوص";

	/** The month of its calendar, after the language's events segment. */
	public static final String MONTH = "/2026/12";

	private SampleEvent() {
	}

	public static synchronized void ensure(JdbcTemplate jdbc) {
		if (jdbc.queryForObject("select count(*) from article where id = ?", Long.class, ID) > 0) {
			return;
		}
		jdbc.update("""
				insert into article (id, status, published_at, kind, starts_at, ends_at, place, online_url)
				overriding system value
				values (?, 'PUBLISHED', timestamptz '2016-01-04 10:00+01', 'EVENT', timestamptz '2026-12-15 09:30+01',
				        timestamptz '2026-12-15 17:00+01', 'Hôtel Tour Hassan, Rabat', 'https://example.org/live')""", ID);
		text(jdbc, "fr", "evenement-exemple-des-controles", "Événement exemple des contrôles",
				"Un atelier d’exemple, écrit pour les contrôles d’accessibilité et de validité.");
		text(jdbc, "en", "sample-event-of-the-checks", "Sample event of the checks",
				"A sample workshop, written for the accessibility and validity checks.");
		text(jdbc, "ar", "فعالية-نموذجية-للفحوص", "فعالية نموذجية للفحوص", "ورشة نموذجية، كُتبت لفحوص إمكانية الوصول والصلاحية.");
	}

	public static synchronized void delete(JdbcTemplate jdbc) {
		jdbc.update("delete from article where id = ?", ID);
	}

	private static void text(JdbcTemplate jdbc, String language, String slug, String title, String summary) {
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				values (?, ?, ?, ?, ?, 'Programme.', '<p>Programme.</p>')""", ID, language, slug, title, summary);
	}

}
