package ma.oim.site.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published press release in French, English and Arabic, with its press contact, for
 * the checks that visit every kind of page.
 * Written at a fixed id, and deleted after them, as {@link SampleEvent} is.
 */
public final class SamplePressRelease {

	public static final long ID = 900_003;

	public static final String FRENCH = "/fr/actualites/communique-exemple-des-controles";

	public static final String ENGLISH = "/en/news/sample-press-release-of-the-checks";

	public static final String ARABIC = "/ar/الأخبار/بلاغ-نموذجي-للفحوص";

	private SamplePressRelease() {
	}

	public static synchronized void ensure(JdbcTemplate jdbc) {
		if (jdbc.queryForObject("select count(*) from article where id = ?", Long.class, ID) > 0) {
			return;
		}
		jdbc.update("""
				insert into article (id, status, published_at, kind, press_contact_name, press_contact_email,
				                     press_contact_phone)
				overriding system value
				values (?, 'PUBLISHED', timestamptz '2016-01-04 10:00+01', 'PRESS_RELEASE', 'Salma Bennani',
				        'presse@example.org', '+212 5 37 00 00 00')""", ID);
		text(jdbc, "fr", "communique-exemple-des-controles", "Communiqué exemple des contrôles",
				"Un communiqué d’exemple, écrit pour les contrôles d’accessibilité et de validité.");
		text(jdbc, "en", "sample-press-release-of-the-checks", "Sample press release of the checks",
				"A sample press release, written for the accessibility and validity checks.");
		text(jdbc, "ar", "بلاغ-نموذجي-للفحوص", "بلاغ نموذجي للفحوص", "بلاغ نموذجي، كُتب لفحوص إمكانية الوصول والصلاحية.");
	}

	public static synchronized void delete(JdbcTemplate jdbc) {
		jdbc.update("delete from article where id = ?", ID);
	}

	private static void text(JdbcTemplate jdbc, String language, String slug, String title, String summary) {
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				values (?, ?, ?, ?, ?, 'Communiqué.', '<p>Communiqué.</p>')""", ID, language, slug,
				title, summary);
	}

}
