package ma.oim.site.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.PageNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The back office's reads of publications: the list, one publication's state and its files. */
@Service
public class BackOfficePublications {

	public static final int PAGE_SIZE = 20;

	/** The dashboard's "expiring soon": within this many days, as for articles. */
	public static final int EXPIRING_DAYS = 7;

	/** At most this many expiring publications on the dashboard, as for its lists of articles. */
	static final int EXPIRING_SHOWN = 10;

	/** A row of the editors' list. */
	public record Summary(long id, String frenchTitle, PublicationType type, String state, LocalDate issuedOn,
			Instant publishedAt, Instant updatedAt, String fileLanguages, Instant expiresAt) {
	}

	/** A publication's state and dates, as the editor shows them. */
	public record State(long id, String state, Instant publishedAt, Instant updatedAt, Instant expiresAt) {
	}

	/**
	 * A file as the editor sees it, with what it says of itself and whether search reads it.
	 * @param extractionProblem why search cannot read it (a message code), or null
	 */
	public record FileStatus(long id, Language language, String originalName, String format, long bytes,
			Integer pages, String author, String software, String title, String extraction, String extractionProblem,
			String path, Instant uploadedAt) {

		public boolean hasMetadata() {
			return this.author != null || this.software != null || this.title != null;
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	BackOfficePublications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long count() {
		return count(false);
	}

	/** @param expiredOnly only those whose expiry time has passed (the list's "expired" filter) */
	public long count(boolean expiredOnly) {
		return this.jdbc.sql("select count(*) from publication p where " + which(expiredOnly))
			.param("now", PublicationEditing.utc(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Most recently changed first. */
	public List<Summary> page(PageNumber page) {
		return page(page, false);
	}

	/** Most recently changed first; only the expired ones when {@code expiredOnly}. */
	public List<Summary> page(PageNumber page, boolean expiredOnly) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select p.id, p.type, p.status, p.issued_on, p.published_at, p.expires_at, p.updated_at, r.title,
				       (select string_agg(f.language, ', ' order by l.position) from publication_file f
				        join language l on l.code = f.language where f.publication_id = p.id) as files
				from publication p
				left join publication_text r on r.publication_id = p.id and r.language = :record
				where %s
				order by p.updated_at desc, p.id desc limit :limit offset :offset""".formatted(which(expiredOnly)))
			.param("record", Language.record().code())
			.param("now", PublicationEditing.utc(now))
			.param("limit", PAGE_SIZE)
			.param("offset", page.offset(PAGE_SIZE))
			.query((row, number) -> summary(row, now))
			.list();
	}

	/**
	 * The public publications whose expiry time comes in the next {@value #EXPIRING_DAYS}
	 * days, soonest first, for the dashboard.
	 */
	public List<Summary> expiringSoon() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select p.id, p.type, p.status, p.issued_on, p.published_at, p.expires_at, p.updated_at, r.title,
				       null as files
				from publication p
				left join publication_text r on r.publication_id = p.id and r.language = :record
				where p.status = 'PUBLISHED' and p.expires_at > :now and p.expires_at <= :until
				order by p.expires_at, p.id limit :limit""")
			.param("record", Language.record().code())
			.param("now", PublicationEditing.utc(now))
			.param("until", PublicationEditing.utc(now.plus(Duration.ofDays(EXPIRING_DAYS))))
			.param("limit", EXPIRING_SHOWN)
			.query((row, number) -> summary(row, now))
			.list();
	}

	public Optional<State> state(long id) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select status, published_at, expires_at, updated_at from publication where id = ?")
			.param(id)
			.query((row, number) -> {
				Instant publishedAt = instant(row.getObject("published_at", OffsetDateTime.class));
				Instant expiresAt = instant(row.getObject("expires_at", OffsetDateTime.class));
				return new State(id, PublicPublication.stateAt(row.getString("status"), publishedAt, expiresAt, now),
						publishedAt, instant(row.getObject("updated_at", OffsetDateTime.class)), expiresAt);
			})
			.optional();
	}

	/** The languages (codes) it has a cover of the editor's in. */
	public List<String> coverLanguages(long id) {
		return this.jdbc.sql("select language from publication_text where publication_id = ? and cover_jpeg is not null")
			.param(id)
			.query(String.class)
			.list();
	}

	/** Its files, in the languages' order. */
	public List<FileStatus> files(long id) {
		String recordSlug = this.jdbc.sql("select slug from publication_text where publication_id = ? and language = ?")
			.params(id, Language.record().code())
			.query(String.class)
			.optional()
			.orElse("document");
		return this.jdbc.sql("""
				select f.id, f.language, f.original_name, f.extension, f.size_bytes, f.page_count, f.meta_author,
				       f.meta_software, f.meta_title, f.extraction_status, f.extraction_problem, f.uploaded_at
				from publication_file f join language l on l.code = f.language
				where f.publication_id = ? order by l.position""")
			.param(id)
			.query((row, number) -> {
				Language language = Language.fromCode(row.getString("language")).orElse(Language.record());
				String extension = row.getString("extension");
				return new FileStatus(row.getLong("id"), language, row.getString("original_name"),
						extension.toUpperCase(java.util.Locale.ROOT), row.getLong("size_bytes"),
						(Integer) row.getObject("page_count"), row.getString("meta_author"),
						row.getString("meta_software"), row.getString("meta_title"),
						row.getString("extraction_status"), row.getString("extraction_problem"),
						ma.oim.site.web.SitePaths.document(row.getLong("id"),
								PublicPublications.downloadName(recordSlug, language, extension)),
						instant(row.getObject("uploaded_at", OffsetDateTime.class)));
			})
			.list();
	}

	/** Every publication, or only the expired ones: published, its expiry time come. */
	private static String which(boolean expiredOnly) {
		return expiredOnly ? "p.status = 'PUBLISHED' and p.expires_at <= :now" : "true";
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}


	/** A row of the list or the dashboard: its state at {@code now}, and its files' languages when read. */
	private static Summary summary(ResultSet row, Instant now) throws SQLException {
		Instant publishedAt = instant(row.getObject("published_at", OffsetDateTime.class));
		Instant expiresAt = instant(row.getObject("expires_at", OffsetDateTime.class));
		return new Summary(row.getLong("id"), row.getString("title"), PublicationType.valueOf(row.getString("type")),
				PublicPublication.stateAt(row.getString("status"), publishedAt, expiresAt, now),
				row.getObject("issued_on", LocalDate.class), publishedAt,
				instant(row.getObject("updated_at", OffsetDateTime.class)), row.getString("files"), expiresAt);
	}

}
