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

}
