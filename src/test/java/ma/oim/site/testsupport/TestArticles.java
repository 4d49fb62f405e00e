package ma.oim.site.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/** Articles written straight into the database, for tests of how pages show them. */
public final class TestArticles {

	private TestArticles() {
	}

	/**
	 * A public article of 2 May 2019 that exists in French only.
	 * @return its id, for the test to delete it
	 */
	public static long frenchOnly(JdbcTemplate jdbc, String slug, String title, String summary) {
		long id = jdbc.queryForObject("""
				insert into article (status, published_at) values ('PUBLISHED', timestamptz '2019-05-02 10:00+01')
				returning id""", Long.class);
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary)
				values (?, 'fr', ?, ?, ?)""", id, slug, title, summary);
		return id;
	}

	/**
	 * A public article of 3 May 2019 whose English translation is out of date: its French
	 * text changed ("Rabat" became "Tanger") since the revision the translation was checked
	 * against. For tests of the editor's pages.
	 * @return its id, for the test to delete it
	 */
	public static long withTranslationOutOfDate(JdbcTemplate jdbc, String slug) {
		long id = jdbc.queryForObject("""
				insert into article (status, published_at) values ('PUBLISHED', timestamptz '2019-05-03 10:00+01')
				returning id""", Long.class);
		long revision = jdbc.queryForObject("""
				insert into article_revision (article_id, saved_at, content)
				values (?, timestamptz '2019-05-03 10:00+01', cast(? as jsonb)) returning id""", Long.class, id,
				"{\"texts\": {\"fr\": {\"slug\": \"" + slug + "\", \"title\": \"Le bureau de Rabat\", "
						+ "\"summary\": \"Une ouverture.\", \"body\": \"Le bureau de Rabat ouvre ses portes.\"}}, "
						+ "\"axisIds\": [], \"partnerIds\": []}");
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				values (?, 'fr', ?, 'Le bureau de Tanger', 'Une ouverture.', 'Le bureau de Tanger ouvre ses portes.',
				        '<p>Le bureau de Tanger ouvre ses portes.</p>')""", id, slug);
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html,
				                                 checked_revision_id, out_of_date)
				values (?, 'en', ?, 'The Rabat office', 'An opening.', 'The Rabat office opens.',
				        '<p>The Rabat office opens.</p>', ?, true)""", id, slug, revision);
		return id;
	}

	/**
	 * An image in the library, the newest, named {@code fileName}, a photo of people with no
	 * consent recorded (so the dashboard flags it) and every restriction, used by nothing.
	 */
	public static long libraryImage(JdbcTemplate jdbc, String fileName) {
		Long id = jdbc.queryForObject("""
				insert into media (width, height, content_type, variant_widths, alt, file_name, shows_people,
				                   consent_expires_on, no_minors_faces, blur_required, created_at)
				values (480, 360, 'image/jpeg', '{480}',
				        '{"fr": "Des participants à un atelier", "en": "Participants at a workshop"}', ?, true,
				        date '2030-07-30', true, true, now() + interval '1 day')
				returning id""", Long.class, fileName);
		jdbc.update("insert into media_variant (media_id, width, bytes) values (?, 480, ?)", id, TestImages.jpeg(480, 360));
		return id;
	}

}
