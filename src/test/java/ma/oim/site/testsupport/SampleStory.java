package ma.oim.site.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published story in French, English and Arabic with its lead image (a photo of no one,
 * public with the story), for the checks that visit every kind of page. Written at a fixed
 * id, and deleted after them with its image, as {@link SampleEvent} is.
 */
public final class SampleStory {

	public static final long ID = 900_004;

	public static final String FRENCH = "/fr/actualites/recit-exemple-des-controles";

	public static final String ENGLISH = "/en/news/sample-story-of-the-checks";

	public static final String ARABIC = "/ar/الأخبار/قصة-نموذجية-للفحوص";

	private SampleStory() {
	}

	public static synchronized void ensure(JdbcTemplate jdbc) {
		if (jdbc.queryForObject("select count(*) from article where id = ?", Long.class, ID) > 0) {
			return;
		}
		long image = jdbc.queryForObject("""
				insert into media (width, height, content_type, variant_widths, alt, file_name, created_at)
				values (480, 360, 'image/jpeg', '{480}',
				        '{"fr": "Une femme dans son atelier de couture", "en": "A woman in her sewing workshop", "ar": "امرأة في ورشة الخياطة"}',
				        'sample-story.jpg', now())
				returning id""", Long.class);
		jdbc.update("insert into media_variant (media_id, width, bytes) values (?, 480, ?)", image,
				TestImages.jpeg(480, 360));
		jdbc.update("""
				insert into article (id, status, published_at, kind, featured_image_id) overriding system value
				values (?, 'PUBLISHED', timestamptz '2016-01-04 10:00+01', 'STORY', ?)""", ID, image);
		jdbc.update("""
				insert into media_use (media_id, owner, owner_id, public_from)
				values (?, 'ARTICLE', ?, timestamptz '2016-01-04 10:00+01')""", image, ID);
		text(jdbc, "fr", "recit-exemple-des-controles", "Récit exemple des contrôles",
				"Un récit d’exemple, écrit pour les contrôles d’accessibilité et de validité.");
		text(jdbc, "en", "sample-story-of-the-checks", "Sample story of the checks",
				"A sample story, written for the accessibility and validity checks.");
		text(jdbc, "ar", "قصة-نموذجية-للفحوص", "قصة نموذجية للفحوص", "قصة نموذجية، كُتبت لفحوص إمكانية الوصول والصلاحية.");
	}

	public static synchronized void delete(JdbcTemplate jdbc) {
		Long image = jdbc.query("select featured_image_id from article where id = ?",
				(row) -> row.next() ? row.getLong(1) : null, ID);
		jdbc.update("delete from article where id = ?", ID);
		jdbc.update("delete from media_use where owner = 'ARTICLE' and owner_id = ?", ID);
		if (image != null) {
			jdbc.update("delete from media where id = ?", image);
		}
	}

	private static void text(JdbcTemplate jdbc, String language, String slug, String title, String summary) {
		jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				values (?, ?, ?, ?, ?, 'Un long récit.', '<p>Un long récit.</p>')""", ID, language, slug, title, summary);
	}

}
