package ma.oim.site.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ma.oim.site.content.DocumentReferrers;
import ma.oim.site.content.LibraryDocuments;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.LibraryQuery;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library's documents: every file uploaded to a publication, found by words of
 * its name or of its publication's titles (trigram indexes, V27) or by month of upload,
 * newest first; and the texts' links to them ({@code [the report](document:12)}), which
 * {@code content.Markdown} resolves through {@link LibraryDocuments}.
 */
@Service
@Transactional(readOnly = true)
public class DocumentLibrary implements LibraryDocuments {

	static final String PATH = "/admin/media/documents";

	static final int PAGE_SIZE = 30;

	/**
	 * A document as the library lists it, with the publication that uses it.
	 * @param title its publication's title in the back office's language, or in French
	 * @param state its publication's state (draft, scheduled, published, withdrawn)
	 */
	public record Item(long id, String fileName, String format, String mediaType, long bytes, String size,
			Integer pages, Language language, Instant uploadedAt, String uploadedBy, long publicationId, String title,
			String state, String downloadPath) {

		/** The Markdown that links to it from an article or a page. */
		public String snippet() {
			String words = this.title.isBlank() ? this.fileName : this.title;
			return "[" + words.replace("]", "").replace("[", "") + "](" + SCHEME + this.id + ")";
		}

		public String publicationPath() {
			return "/admin/publications/" + this.publicationId;
		}

	}

	/** A page of the search's results, and how many there are in all. */
	public record Results(List<Item> items, long total) {

		public long pages() {
			return Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	private static final String COLUMNS = """
			select f.id, f.original_name, f.extension, f.media_type, f.size_bytes, f.page_count, f.language,
			       f.uploaded_at, f.uploaded_by, f.publication_id, p.status, p.published_at, p.expires_at,
			       coalesce(t.title, r.title, '') as title, coalesce(r.slug, 'document') as record_slug
			from publication_file f
			join publication p on p.id = f.publication_id
			left join publication_text r on r.publication_id = p.id and r.language = :record
			left join publication_text t on t.publication_id = p.id and t.language = :language
			""";

	private final JdbcClient jdbc;

	private final PublicPublications publications;

	private final Clock clock;

	private final List<DocumentReferrers> referrers;

	DocumentLibrary(JdbcClient jdbc, PublicPublications publications, Clock clock, List<DocumentReferrers> referrers) {
		this.referrers = referrers;
		this.jdbc = jdbc;
		this.publications = publications;
		this.clock = clock;
	}

	/** The documents that match, newest upload first, their publications named in the back office's language. */
	public Results search(LibraryQuery query, PageNumber page, Language language) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		String[] words = query.wordList();
		for (int i = 0; i < words.length && i < 10; i++) {
			// A substring of the name or of a title: the titles that have it are read once (a trigram index), as a set.
			conditions.add("""
					(lower(f.original_name) like :word%1$d or f.publication_id in (
					     select x.publication_id from publication_text x where lower(x.title) like :word%1$d))"""
				.formatted(i));
			params.put("word" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		YearMonth month = query.yearMonth();
		if (month != null) {
			conditions.add("f.uploaded_at >= :from and f.uploaded_at < :to");
			params.put("from", month.atDay(1).atStartOfDay(SiteZone.ZONE).toOffsetDateTime());
			params.put("to", month.plusMonths(1).atDay(1).atStartOfDay(SiteZone.ZONE).toOffsetDateTime());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from publication_file f" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Item> items = this.jdbc
			.sql(COLUMNS + where + " order by f.uploaded_at desc, f.id desc limit :size offset :offset")
			.params(params)
			.param("record", Language.record().code())
			.param("language", language.code())
			.param("size", PAGE_SIZE)
			.param("offset", page.offset(PAGE_SIZE))
			.query((row, number) -> item(row, language))
			.list();
		return new Results(items, total);
	}

	/** The newest documents, for the editors' picker beside a text. */
	public List<Item> recent(int count, Language language) {
		return this.jdbc.sql(COLUMNS + " order by f.uploaded_at desc, f.id desc limit :count")
			.param("record", Language.record().code())
			.param("language", language.code())
			.param("count", count)
			.query((row, number) -> item(row, language))
			.list();
	}

	public Optional<Item> item(long id, Language language) {
		return this.jdbc.sql(COLUMNS + " where f.id = :id")
			.param("record", Language.record().code())
			.param("language", language.code())
			.param("id", id)
			.query((row, number) -> item(row, language))
			.optional();
	}

	/** The articles and pages whose texts link to the document (besides its publication), named in this language. */
	public List<DocumentReferrers.Referrer> referrers(long id, Language language) {
		return this.referrers.stream().flatMap((kind) -> kind.referring(id, language).stream()).toList();
	}

	/** For {@code content.Markdown}: where each document is downloaded, and whether visitors may have it now. */
	@Override
	public Map<Long, Document> find(Collection<Long> ids) {
		Map<Long, Document> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select f.id, f.language, f.extension, coalesce(r.slug, 'document') as record_slug, (%s) as public
				from publication_file f
				join publication p on p.id = f.publication_id
				left join publication_text r on r.publication_id = p.id and r.language = :record
				where f.id in (:ids)""".formatted(PublicPublication.SQL))
			.param("now", PublicationEditing.utc(this.clock.instant()))
			.param("record", Language.record().code())
			.param("ids", List.copyOf(ids))
			.query((row, number) -> found.put(row.getLong("id"),
					new Document(downloadPath(row.getLong("id"), row.getString("record_slug"), row.getString("language"),
							row.getString("extension")), row.getBoolean("public"))))
			.list();
		return found;
	}

	private Item item(ResultSet row, Language language) throws SQLException {
		long id = row.getLong("id");
		String extension = row.getString("extension");
		OffsetDateTime publishedAt = row.getObject("published_at", OffsetDateTime.class);
		OffsetDateTime expiresAt = row.getObject("expires_at", OffsetDateTime.class);
		String state = PublicPublication.stateAt(row.getString("status"),
				(publishedAt != null) ? publishedAt.toInstant() : null,
				(expiresAt != null) ? expiresAt.toInstant() : null, this.clock.instant());
		long bytes = row.getLong("size_bytes");
		return new Item(id, row.getString("original_name"), extension.toUpperCase(Locale.ROOT),
				row.getString("media_type"), bytes, this.publications.size(bytes, language),
				(Integer) row.getObject("page_count"),
				Language.fromCode(row.getString("language")).orElse(Language.record()),
				row.getObject("uploaded_at", OffsetDateTime.class).toInstant(), row.getString("uploaded_by"),
				row.getLong("publication_id"), row.getString("title"), state,
				downloadPath(id, row.getString("record_slug"), row.getString("language"), extension));
	}

	private static String downloadPath(long id, String recordSlug, String languageCode, String extension) {
		Language language = Language.fromCode(languageCode).orElse(Language.record());
		return SitePaths.document(id, PublicPublications.downloadName(recordSlug, language, extension));
	}

}
