package ma.oim.site.publications;

import java.util.ArrayList;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.LibraryQuery;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.web.PageNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's documents stay fast with 10,000 files: a word of a name or of a title,
 * the newest page, a month, each in one count and one page of rows (no query per file, no
 * file's bytes or text read). The trigram indexes are usable for the words.
 */
@SiteTest
class DocumentLibraryScaleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentLibrary library;

	@AfterEach
	void removePublications() {
		this.jdbc.update("delete from publication where created_by = 'scale@oim.test'");
	}

	@Test
	void searchAndTheFirstPageAreFastWithTenThousandDocuments() {
		this.jdbc.update("""
				with p as (
				    insert into publication (type, status, issued_on, created_by, created_at, updated_at)
				    select 'REPORT', 'DRAFT', date '2000-01-01' + n, 'scale@oim.test', now(), now()
				    from generate_series(1, 10000) as n returning id)
				insert into publication_text (publication_id, language, slug, title, summary)
				select id, 'fr', 'echelle-' || id, 'Rapport d’échelle numéro ' || id, '' from p
				""");
		this.jdbc.update("""
				insert into publication_file (publication_id, language, original_name, media_type, extension, size_bytes,
				    page_count, sha256, uploaded_by, uploaded_at, extraction_status)
				select p.id, 'fr', 'document-' || md5(p.id::text) || '.pdf', 'application/pdf', 'pdf', 250000, 12,
				       repeat('0', 64), 'scale@oim.test',
				       timestamptz '2020-01-01 10:00Z' + (row_number() over (order by p.id)) * interval '1 hour', 'NONE'
				from publication p where p.created_by = 'scale@oim.test'
				""");
		long named = this.jdbc.queryForObject("""
				update publication_file set original_name = 'bilan-oujda-ecluse.pdf'
				where id = (select min(id) from publication_file where uploaded_by = 'scale@oim.test') returning id""",
				Long.class);
		long titled = this.jdbc.queryForObject("""
				update publication_text set title = 'Les sentinelles du détroit'
				where publication_id = (select max(publication_id) from publication_file where uploaded_by = 'scale@oim.test')
				returning publication_id""", Long.class);
		this.jdbc.execute("analyze publication_file; analyze publication_text; analyze publication");

		assertThat(this.library.search(new LibraryQuery("oujda-ecluse", ""), PageNumber.FIRST, Language.record())
			.items()).extracting(DocumentLibrary.Item::id).containsExactly(named);
		assertThat(this.library.search(new LibraryQuery("sentinelles détroit", ""), PageNumber.FIRST,
				Language.record()).items()).extracting(DocumentLibrary.Item::publicationId).containsExactly(titled);
		assertThat(this.library.search(new LibraryQuery("", ""), PageNumber.FIRST, Language.record()).total())
			.isGreaterThanOrEqualTo(10_000);
		String names = plan("explain select id from publication_file where lower(original_name) like '%oujda%'");
		assertThat(names).as(names).contains("publication_file_name_idx");
		String titles = plan("explain select publication_id from publication_text where lower(title) like '%oujda%'");
		assertThat(titles).as(titles).contains("publication_text_title_trgm_idx");

		for (LibraryQuery query : List.of(new LibraryQuery("oujda", ""),
				new LibraryQuery("", ""), new LibraryQuery("rapport échelle", "2020-03"))) {
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < 15; i++) {
				long start = System.nanoTime();
				this.library.search(query, PageNumber.FIRST, Language.record());
				times.add((System.nanoTime() - start) / 1_000);
			}
			long median = times.stream().sorted().toList().get(times.size() / 2);
			System.out.printf("Library documents with 10,000 files, search %s: median %d µs%n", query, median);
			assertThat(median).as("median µs of " + query).isLessThan(150_000);
		}
	}

	/** The plan with sequential and full index scans discouraged: the trigram indexes must be usable. */
	private String plan(String explain) {
		return this.jdbc.execute((java.sql.Connection connection) -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set enable_seqscan = off");
				statement.execute("set enable_indexscan = off");
				StringBuilder lines = new StringBuilder();
				try (var rows = statement.executeQuery(explain)) {
					while (rows.next()) {
						lines.append(rows.getString(1)).append('\n');
					}
				}
				statement.execute("reset enable_seqscan");
				statement.execute("reset enable_indexscan");
				return lines.toString();
			}
		});
	}

}
