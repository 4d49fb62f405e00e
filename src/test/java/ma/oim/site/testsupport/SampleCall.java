package ma.oim.site.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published call for consultants in French, English and Arabic (open until the end of
 * 2036, so open whatever the clock), for the checks that visit every kind of page.
 * Written at a fixed id, and deleted after them, as {@link SampleEvent} is.
 */
public final class SampleCall {

	public static final long ID = 900_002;

	public static final String FRENCH = "/fr/actualites/appel-exemple-des-controles";

	public static final String ENGLISH = "/en/news/sample-call-of-the-checks";

	public static final String ARABIC = "/ar/الأخبار/نداء-نموذجي-للفحوص";

	private SampleCall() {
	}

	public static synchronized void ensure(JdbcTemplate jdbc) {
		if (jdbc.queryForObject("select count(*) from article where id = ?", Long.class, ID) > 0) {
			return;
		}
		jdbc.update("""
				insert into article (id, status, published_at, kind, call_type, deadline, call_reference)
				overriding system value
				values (?, 'PUBLISHED', timestamptz '2016-01-04 10:00+01', 'CALL', 'CONSULTANCY',
				        timestamptz '2036-12-31 23:59+01', 'OIM/RAB/2026-14')""", ID);
		text(jdbc, "fr", "appel-exemple-des-controles", "Appel exemple des contrôles",
				"Un appel à consultants d’exemple, écrit pour les contrôles d’accessibilité et de validité.");
		text(jdbc, "en", "sample-call-of-the-checks", "Sample call of the checks",
				"A sample call for consultants, written for the accessibility and validity checks.");
		text(jdbc, "ar", "نداء-نموذجي-للفحوص", "نداء نموذجي للفحوص", "نداء استشارة نموذجي، كُتب لفحوص إمكانية الوصول والصلاحية.");
	}

	public static synchronized void delete(JdbcTemplate jdbc) {
		jdbc.update("delete from article where id = ?", ID);
	}

	private static void text(JdbcTemplate jdbc, String language, String slug, String title, String summary) {
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				values (?, ?, ?, ?, ?, 'Termes de référence.', '<p>Termes de référence.</p>')""", ID, language, slug,
				title, summary);
	}

}
