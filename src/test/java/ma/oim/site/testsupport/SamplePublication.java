package ma.oim.site.testsupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published publication in French, English and Arabic, with a French PDF (read for
 * search, its first page as the cover), an English DOCX and an English cover of the editor's, for the checks that visit every kind of page.
 * No publication is seeded by the migrations; this one is written once, at a fixed id.
 */
public final class SamplePublication {

	public static final long ID = 900_001;

	public static final String FRENCH = "/fr/publications/publication-exemple-des-controles";

	public static final String ENGLISH = "/en/publications/sample-publication-of-the-checks";

	public static final String ARABIC = "/ar/منشورات/منشور-نموذجي-للفحوص";

	private SamplePublication() {
	}

	public static synchronized void ensure(JdbcTemplate jdbc) {
		if (jdbc.queryForObject("select count(*) from publication where id = ?", Long.class, ID) > 0) {
			return;
		}
		OffsetDateTime time = OffsetDateTime.of(2024, 5, 2, 10, 0, 0, 0, ZoneOffset.UTC);
		jdbc.update("""
				insert into publication (id, type, status, published_at, issued_on, created_by, created_at, updated_at)
				values (?, 'REPORT', 'PUBLISHED', ?, ?, 'tests', ?, ?)""", ID, time, LocalDate.of(2024, 5, 1), time, time);
		text(jdbc, "fr", "publication-exemple-des-controles", "Publication exemple des contrôles",
				"Un rapport d’exemple, écrit pour les contrôles d’accessibilité et de validité.");
		text(jdbc, "en", "sample-publication-of-the-checks", "Sample publication of the checks",
				"A sample report, written for the accessibility and validity checks.");
		text(jdbc, "ar", "منشور-نموذجي-للفحوص", "منشور نموذجي للفحوص", "تقرير نموذجي، كُتب لفحوص إمكانية الوصول والصلاحية.");
		jdbc.update("insert into publication_axis (publication_id, axis_id) select ?, min(id) from thematic_axis", ID);
		jdbc.update("insert into publication_partner (publication_id, partner_id) select ?, min(id) from partner", ID);
		byte[] pdf = TestPdfs.withText("Publication exemple des contrôles");
		long pdfId = file(jdbc, "fr", "exemple.pdf", "application/pdf", "pdf", pdf, 1, "DONE", time);
		jdbc.update("update publication_file set cover_jpeg = ?, extracted_text = ? where id = ?",
				TestImages.jpeg(400, 566), "Publication exemple des contrôles", pdfId);
		jdbc.update("update publication_text set cover_jpeg = ? where publication_id = ? and language = 'en'",
				TestImages.jpeg(400, 566), ID);
		file(jdbc, "en", "sample.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"docx", TestPdfs.docx(), null, "NONE", time);
	}

	private static void text(JdbcTemplate jdbc, String language, String slug, String title, String summary) {
		jdbc.update("insert into publication_text (publication_id, language, slug, title, summary) values (?, ?, ?, ?, ?)",
				ID, language, slug, title, summary);
	}

	private static long file(JdbcTemplate jdbc, String language, String name, String mediaType, String extension,
			byte[] bytes, Integer pages, String extraction, OffsetDateTime time) {
		long id = jdbc.queryForObject("""
				insert into publication_file (publication_id, language, original_name, media_type, extension, size_bytes,
				    page_count, sha256, meta_author, meta_software, uploaded_by, uploaded_at, extraction_status)
				values (?, ?, ?, ?, ?, ?, ?, 'sample', 'Jeanne Rédactrice', 'Traitement de texte 7', 'tests', ?, ?)
				returning id""", Long.class, ID, language, name, mediaType, extension, bytes.length, pages, time,
				extraction);
		jdbc.update("insert into publication_file_chunk (file_id, position, bytes) values (?, 0, ?)", id, bytes);
		return id;
	}

}
