package ma.oim.site.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaService;
import ma.oim.site.media.MediaView;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.Messages;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The publications as the public sees them, in the reader's language, public at the
 * clock's time ({@link PublicPublication}): lists, a publication's page, its files, and
 * what the axes' and partners' pages, the feeds and the sitemap show of them. Read by
 * JDBC, a statement each.
 */
@Service
public class PublicPublications {

	public static final int PAGE_SIZE = 10;

	/** A page of the list, and how many publications the filters select in all. */
	public record ListPage(List<PublicationCard> cards, Pagination pagination, long total) {
	}

	/** The filters of a list, checked: a type, an axis's id, a year; each may be null. */
	public record Filter(PublicationType type, Long axisId, Integer year) {

		public static final Filter ALL = new Filter(null, null, null);

	}

	/** A public publication's path in each of its languages, for the sitemap. */
	public record Location(Map<Language, String> paths, Instant updatedAt) {
	}

	/** A file to download or its cover, as stored, with whether visitors may have it. */
	record StoredFile(long id, String mediaType, String extension, long size, String sha256, String downloadName,
			boolean isPublic) {
	}

	/** The columns of a card, in the reader's language or French; the cover is the first page of a file. */
	private static final String CARD_COLUMNS = """
			select p.id, p.type, p.issued_on, coalesce(t.language, r.language) as language,
			       coalesce(t.slug, r.slug) as slug, coalesce(t.title, r.title) as title,
			       coalesce(t.summary, r.summary) as summary,
			       case when t.language is not null then t.cover_jpeg is not null else r.cover_jpeg is not null end
			           as own_cover,
			       case when t.language is not null then t.cover_media_id else r.cover_media_id end as cover_media_id,
			       (select f.id from publication_file f where f.publication_id = p.id and f.cover_jpeg is not null
			        order by f.language = :language desc, f.language = :record desc, f.id limit 1) as cover_file_id,
			       (select string_agg(distinct upper(f.extension), ', ') from publication_file f
			        where f.publication_id = p.id) as formats
			""";

	private static final String CARD_FROM = """
			from publication p
			join publication_text r on r.publication_id = p.id and r.language = :record
			left join publication_text t on t.publication_id = p.id and t.language = :language
			where %s
			""".formatted(PublicPublication.SQL);

	private static final String NEWEST = " order by p.issued_on desc, p.id desc";

	private final JdbcClient jdbc;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	private final Messages messages;

	private final Clock clock;

	private final MediaService media;

	PublicPublications(JdbcClient jdbc, AxisLinks axes, PartnerDirectory partners, Messages messages, Clock clock,
			MediaService media) {
		this.media = media;
		this.jdbc = jdbc;
		this.axes = axes;
		this.partners = partners;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The filters a visitor's query names.
	 * @throws BadRequestException for a type, an axis or a year that no publication can have
	 */
	public Filter filter(Language language, PublicationListQuery query) {
		PublicationType type = null;
		if (query.type() != null) {
			type = PublicationType.fromParam(query.type()).orElseThrow(BadRequestException::new);
		}
		Integer year = query.year();
		if (year != null && (year < 1900 || year > LocalDate.now(this.clock).getYear() + 1)) {
			throw new BadRequestException();
		}
		return new Filter(type, this.axes.filter(language, query.axis()), year);
	}

	/**
	 * A page of the list, newest document first; past its last page is not found.
	 * @param listPath the list's URL with its filters, to which page links add "page"
	 */
	public ListPage listPage(Language language, Filter filter, PageNumber page, UriComponentsBuilder listPath) {
		Map<String, Object> parameters = parameters(language);
		StringBuilder where = new StringBuilder();
		if (filter.type() != null) {
			where.append(" and p.type = :type");
			parameters.put("type", filter.type().name());
		}
		if (filter.axisId() != null) {
			where.append(" and exists (select 1 from publication_axis x where x.publication_id = p.id and x.axis_id = :axis)");
			parameters.put("axis", filter.axisId());
		}
		if (filter.year() != null) {
			where.append(" and p.issued_on >= :yearStart and p.issued_on < :yearEnd");
			parameters.put("yearStart", LocalDate.of(filter.year(), 1, 1));
			parameters.put("yearEnd", LocalDate.of(filter.year() + 1, 1, 1));
		}
		long total = this.jdbc.sql("select count(*) " + CARD_FROM + where)
			.params(parameters)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		page.requireWithin(pages);
		parameters.put("limit", PAGE_SIZE);
		parameters.put("offset", page.offset(PAGE_SIZE));
		List<PublicationCard> cards = withImages(this.jdbc
			.sql(CARD_COLUMNS + CARD_FROM + where + NEWEST + " limit :limit offset :offset")
			.params(parameters)
			.query((row, number) -> card(row, language))
			.list(), language);
		return new ListPage(cards, Pagination.of(page.value(), pages, listPath), total);
	}

	/** The years with public publications, newest first. */
	public List<Integer> years() {
		return this.jdbc.sql("""
				select distinct extract(year from p.issued_on)::int as year from publication p
				where %s order by year desc""".formatted(PublicPublication.SQL))
			.param("now", utc(now()))
			.query(Integer.class)
			.list();
	}

	/** The newest public publications of an axis. */
	public List<PublicationCard> ofAxis(Language language, long axisId, int count) {
		Map<String, Object> parameters = parameters(language);
		parameters.put("axis", axisId);
		parameters.put("limit", count);
		return withImages(this.jdbc.sql(CARD_COLUMNS + CARD_FROM
				+ " and exists (select 1 from publication_axis x where x.publication_id = p.id and x.axis_id = :axis)"
				+ NEWEST + " limit :limit")
			.params(parameters)
			.query((row, number) -> card(row, language))
			.list(), language);
	}

	/** For each partner id, the newest public publications that name it (at most {@code count} each). */
	public Map<Long, List<PublicationCard>> byPartner(Language language, int count) {
		Map<String, Object> parameters = parameters(language);
		parameters.put("limit", count);
		Map<Long, List<PublicationCard>> byPartner = new HashMap<>();
		this.jdbc.sql("""
				select * from (
				    select x.partner_id, row_number() over (partition by x.partner_id order by c.issued_on desc, c.id desc) as n, c.*
				    from publication_partner x
				    join (%s%s) c on c.id = x.publication_id
				) ranked where n <= :limit order by partner_id, n""".formatted(CARD_COLUMNS, CARD_FROM))
			.params(parameters)
			.query((RowCallbackHandler) (row) -> byPartner.computeIfAbsent(row.getLong("partner_id"), (id) -> new ArrayList<>())
				.add(card(row, language)));
		List<PublicationCard> all = withImages(byPartner.values().stream().flatMap(List::stream).toList(), language);
		Map<Long, PublicationCard> byId = new HashMap<>();
		all.forEach((card) -> byId.put(card.id(), card));
		byPartner.replaceAll((partner, cards) -> cards.stream().map((card) -> byId.get(card.id())).toList());
		return byPartner;
	}

	/** The newest public publications, for a feed in this language. */
	public List<PublicationCard> latest(Language language, int count) {
		Map<String, Object> parameters = parameters(language);
		parameters.put("limit", count);
		return this.jdbc.sql(CARD_COLUMNS + CARD_FROM + NEWEST + " limit :limit")
			.params(parameters)
			.query((row, number) -> card(row, language))
			.list();
	}

	/**
	 * A publication as a feed carries it, in the feed's language or in French.
	 * @param published when it was put online; {@code updated}: last changed
	 */
	public record FeedItem(String path, String title, String summary, Language textLanguage, Instant published,
			Instant updated) {
	}

	/** The publications most recently put online, for a feed in this language. */
	public List<FeedItem> feed(Language language, int count) {
		Map<String, Object> parameters = parameters(language);
		parameters.put("limit", count);
		return this.jdbc.sql("""
				select coalesce(t.language, r.language) as language, coalesce(t.slug, r.slug) as slug,
				       coalesce(t.title, r.title) as title, coalesce(t.summary, r.summary) as summary,
				       p.published_at, p.updated_at
				""" + CARD_FROM + " order by p.published_at desc, p.id desc limit :limit")
			.params(parameters)
			.query((row, number) -> {
				Language textLanguage = Language.fromCode(row.getString("language")).orElse(Language.record());
				return new FeedItem(SitePaths.publication(textLanguage, row.getString("slug")), row.getString("title"),
						row.getString("summary"), textLanguage,
						instant(row.getObject("published_at", OffsetDateTime.class)),
						instant(row.getObject("updated_at", OffsetDateTime.class)));
			})
			.list();
	}

	/** Every public publication with its path in each of its languages, for the sitemap. */
	public List<Location> locations() {
		Map<Long, Location> byId = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.id, p.updated_at, t.language, t.slug from publication p
				join publication_text t on t.publication_id = p.id
				where %s order by p.issued_on desc, p.id desc""".formatted(PublicPublication.SQL))
			.param("now", utc(now()))
			.query((RowCallbackHandler) (row) -> {
				Language language = Language.fromCode(row.getString("language")).orElse(null);
				Instant updated = instant(row.getObject("updated_at", OffsetDateTime.class));
				String slug = row.getString("slug");
				if (language != null) {
					byId.computeIfAbsent(row.getLong("id"), (id) -> new Location(new TreeMap<>(), updated))
						.paths()
						.put(language, SitePaths.publication(language, slug));
				}
			});
		return List.copyOf(byId.values());
	}

	/** A public publication's page, in a language it has a text in. */
	public Optional<PublicationView> publication(Language language, String slug) {
		Map<String, Object> parameters = parameters(language);
		parameters.put("slug", slug);
		Optional<PublicationCard> found = this.jdbc.sql(CARD_COLUMNS + CARD_FROM + " and t.slug = :slug")
			.params(parameters)
			.query((row, number) -> card(row, language))
			.optional();
		return found.map((card) -> view(withImages(List.of(card), language).get(0), language));
	}

	private PublicationView view(PublicationCard card, Language language) {
		long id = card.id();
		Map<Language, String> alternates = new TreeMap<>();
		this.jdbc.sql("select language, slug from publication_text where publication_id = ?")
			.param(id)
			.query((RowCallbackHandler) (row) -> {
				String slug = row.getString("slug");
				Language.fromCode(row.getString("language"))
					.ifPresent((other) -> alternates.put(other, SitePaths.publication(other, slug)));
			});
		String recordSlug = this.jdbc
			.sql("select slug from publication_text where publication_id = ? and language = ?")
			.params(id, Language.record().code())
			.query(String.class)
			.single();
		List<DocumentLink> files = new ArrayList<>();
		this.jdbc.sql("""
				select f.id, f.language, f.media_type, f.extension, f.size_bytes, f.page_count from publication_file f
				join language l on l.code = f.language
				where f.publication_id = ? order by f.language = ? desc, l.position""")
			.params(id, language.code())
			.query((RowCallbackHandler) (row) -> {
				Language fileLanguage = Language.fromCode(row.getString("language")).orElse(null);
				if (fileLanguage == null) {
					return;
				}
				long fileId = row.getLong("id");
				long bytes = row.getLong("size_bytes");
				String extension = row.getString("extension");
				files.add(new DocumentLink(fileId, fileLanguage,
						SitePaths.document(fileId, downloadName(recordSlug, fileLanguage, extension)),
						row.getString("media_type"), extension.toUpperCase(java.util.Locale.ROOT), bytes,
						size(bytes, language), (Integer) row.getObject("page_count")));
			});
		List<Long> axisIds = this.jdbc.sql("select axis_id from publication_axis where publication_id = ?")
			.param(id)
			.query(Long.class)
			.list();
		List<Long> partnerIds = this.jdbc.sql("select partner_id from publication_partner where publication_id = ?")
			.param(id)
			.query(Long.class)
			.list();
		return new PublicationView(id, card.title(), card.summary(), card.type(), card.isoDate(), card.date(),
				card.coverPath(), List.copyOf(files), this.axes.of(axisIds, language),
				this.partners.links(partnerIds, language), alternates, card.image());
	}

	/**
	 * A file as stored, found by its id; whether visitors may have it is decided here, by
	 * the publication's state at the clock's time.
	 */
	Optional<StoredFile> file(long fileId) {
		return this.jdbc.sql("""
				select f.id, f.media_type, f.extension, f.size_bytes, f.sha256, f.language, r.slug,
				       (%s) as public
				from publication_file f
				join publication p on p.id = f.publication_id
				join publication_text r on r.publication_id = p.id and r.language = :record
				where f.id = :id""".formatted(PublicPublication.SQL))
			.param("now", utc(now()))
			.param("record", Language.record().code())
			.param("id", fileId)
			.query((row, number) -> {
				Language language = Language.fromCode(row.getString("language")).orElse(Language.record());
				String extension = row.getString("extension");
				return new StoredFile(row.getLong("id"), row.getString("media_type"), extension,
						row.getLong("size_bytes"), row.getString("sha256"),
						downloadName(row.getString("slug"), language, extension), row.getBoolean("public"));
			})
			.optional();
	}

	/** The first page of a file, drawn, with whether visitors may see it. */
	Optional<Map.Entry<byte[], Boolean>> cover(long fileId) {
		return this.jdbc.sql("""
				select f.cover_jpeg, (%s) as public from publication_file f
				join publication p on p.id = f.publication_id
				where f.id = :id and f.cover_jpeg is not null""".formatted(PublicPublication.SQL))
			.param("now", utc(now()))
			.param("id", fileId)
			.query((row, number) -> Map.entry(row.getBytes("cover_jpeg"), row.getBoolean("public")))
			.optional();
	}

	/** The cover an editor gave a publication in one language, with whether visitors may see it. */
	Optional<Map.Entry<byte[], Boolean>> textCover(long publicationId, Language language) {
		return this.jdbc.sql("""
				select t.cover_jpeg, (%s) as public from publication_text t
				join publication p on p.id = t.publication_id
				where t.publication_id = :id and t.language = :language and t.cover_jpeg is not null"""
			.formatted(PublicPublication.SQL))
			.param("now", utc(now()))
			.param("id", publicationId)
			.param("language", language.code())
			.query((row, number) -> Map.entry(row.getBytes("cover_jpeg"), row.getBoolean("public")))
			.optional();
	}

	/** "1,2 Mo", "1.2 MB", "340 Ko": in the reader's language. */
	String size(long bytes, Language language) {
		if (bytes >= 1024 * 1024) {
			return this.messages.get("publication.size.megabytes", language, bytes / (1024.0 * 1024.0));
		}
		return this.messages.get("publication.size.kilobytes", language, Math.max(1, (bytes + 1023) / 1024));
	}

	/** The name a file is downloaded under: the French slug, its language, its format. */
	static String downloadName(String recordSlug, Language language, String extension) {
		return recordSlug + "-" + language.code() + "." + extension;
	}

	private PublicationCard card(ResultSet row, Language language) throws SQLException {
		Language textLanguage = Language.fromCode(row.getString("language")).orElse(Language.record());
		LocalDate issued = row.getObject("issued_on", LocalDate.class);
		long cover = row.getLong("cover_file_id");
		String coverPath = row.wasNull() ? null : SitePaths.document(cover, COVER_NAME);
		if (row.getBoolean("own_cover")) {
			coverPath = SitePaths.cover(row.getLong("id"), textLanguage);
		}
		return new PublicationCard(row.getLong("id"), SitePaths.publication(textLanguage, row.getString("slug")),
				row.getString("title"), row.getString("summary"), textLanguage,
				PublicationType.valueOf(row.getString("type")), issued.toString(),
				SiteZone.longDate(issued.atTime(12, 0).atZone(SiteZone.ZONE).toInstant(), language), coverPath,
				row.getString("formats"), row.getObject("cover_media_id", Long.class), null);
	}

	/** The cards with their covers from the library, read in one statement. */
	private List<PublicationCard> withImages(List<PublicationCard> cards, Language language) {
		List<Long> ids = cards.stream().map(PublicationCard::coverMediaId).filter(java.util.Objects::nonNull).toList();
		if (ids.isEmpty()) {
			return cards;
		}
		Map<Long, MediaView> views = this.media.views(ids, language);
		return cards.stream()
			.map((card) -> (card.coverMediaId() != null) ? card.withImage(views.get(card.coverMediaId())) : card)
			.toList();
	}

	/** The name of the cover image under a file's address. */
	static final String COVER_NAME = "cover.jpg";

	private Map<String, Object> parameters(Language language) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("now", utc(now()));
		parameters.put("language", language.code());
		parameters.put("record", Language.record().code());
		return parameters;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return PublicationEditing.utc(instant);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
