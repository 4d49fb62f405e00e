package ma.oim.site.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.web.PageNumber;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The media library's reads: search by words and month, the recent images of the
 * editors' picker, where an image is used, and the photos of people that may not be
 * published (for the dashboard, and for the features that publish).
 */
@Service
@Transactional(readOnly = true)
public class MediaLibrary {

	static final int PAGE_SIZE = 24;

	/** An image as the library lists it; {@code snippet} is the Markdown that shows it in a text. */
	public record Item(long id, String fileName, String thumbnail, int width, int height, String alt, boolean decorative,
			Instant createdAt, String uploadedBy, long uses, String consentProblem, Restrictions restrictions) {

		public String snippet() {
			return "![" + this.alt.replace("]", "").replace("[", "") + "](" + MediaReferences.SCHEME + this.id + ")";
		}

		/** The height of the thumbnail shown this wide. */
		public int heightAt(int shownWidth) {
			return Math.max(1, Math.round((float) this.height * shownWidth / this.width));
		}

		/** The message code of the consent problem, or null. */
		public String consentMessage() {
			return (this.consentProblem != null) ? PhotoConsent.messageCode(this.consentProblem) : null;
		}

	}

	/** What the people shown agreed to: until when, and the restrictions on using the photo. */
	public record Restrictions(boolean showsPeople, LocalDate consentEndsOn, boolean noMinorsFaces, boolean blurRequired) {

		public boolean any() {
			return this.showsPeople && (this.consentEndsOn != null || this.noMinorsFaces || this.blurRequired);
		}

	}

	/** A page of the search's results, and how many there are in all. */
	public record Results(List<Item> items, long total) {

		public long pages() {
			return Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	/** One use of an image: which content, and whether that use is public now. */
	public record Use(MediaService.Owner owner, long ownerId, String title, String editPath, boolean isPublic) {
	}

	/** A photo of people that may not be published: why, and whether public content still shows it. */
	public record ConsentAlert(Item image, boolean shownPublicly) {
	}

	private static final String ITEM_COLUMNS = """
			m.id, m.file_name, m.width, m.height, m.content_type, m.variant_widths[1] as thumbnail_width,
			coalesce(m.alt ->> :record, '') as alt,
			m.decorative, m.created_at, m.uploaded_by, m.shows_people, m.consent_expires_on, m.no_minors_faces,
			m.blur_required,
			(select count(*) from media_use u where u.media_id = m.id) as uses,
			%s as consent_problem""".formatted(PhotoConsent.PROBLEM_SQL);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<MediaService.Owner, MediaOwners> owners;

	MediaLibrary(JdbcClient jdbc, Clock clock, List<MediaOwners> owners) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.owners = owners.stream().collect(Collectors.toMap(MediaOwners::owner, (owner) -> owner));
	}

	/** The images that match, newest first. */
	public Results search(LibraryQuery query, PageNumber page) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		String[] words = query.wordList();
		for (int i = 0; i < words.length && i < 10; i++) {
			// A substring anywhere (backslash is LIKE's escape): the trigram index answers it without reading every row.
			conditions.add("m.search_text like :word" + i);
			params.put("word" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		YearMonth month = query.yearMonth();
		if (month != null) {
			conditions.add("m.created_at >= :from and m.created_at < :to");
			params.put("from", month.atDay(1).atStartOfDay(SiteZone.ZONE).toOffsetDateTime());
			params.put("to", month.plusMonths(1).atDay(1).atStartOfDay(SiteZone.ZONE).toOffsetDateTime());
		}
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from media m " + where).params(params).query(Long.class).single();
		List<Item> items = this.jdbc
			.sql("select " + ITEM_COLUMNS + " from media m " + where
					+ " order by m.created_at desc, m.id desc limit :size offset :offset")
			.params(params)
			.param("today", today())
			.param("record", Language.record().code())
			.param("size", PAGE_SIZE)
			.param("offset", page.offset(PAGE_SIZE))
			.query(MediaLibrary::item)
			.list();
		return new Results(items, total);
	}

	/** The newest images, for the editors' picker. */
	public List<Item> recent(int count) {
		return this.jdbc.sql("select " + ITEM_COLUMNS + " from media m order by m.created_at desc, m.id desc limit :count")
			.param("today", today())
			.param("record", Language.record().code())
			.param("count", count)
			.query(MediaLibrary::item)
			.list();
	}

	public Optional<Item> item(long id) {
		return this.jdbc.sql("select " + ITEM_COLUMNS + " from media m where m.id = :id")
			.param("today", today())
			.param("record", Language.record().code())
			.param("id", id)
			.query(MediaLibrary::item)
			.optional();
	}

	/** Where the image is used, each content named in the back office's language. */
	public List<Use> uses(long id, Language language) {
		record Row(MediaService.Owner owner, long ownerId, boolean isPublic) {
		}
		List<Row> rows = this.jdbc.sql("""
				select u.owner, u.owner_id, %s as public
				from media_use u where u.media_id = :id order by u.owner, u.owner_id""".formatted(PublicMedia.USE_SQL))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.query((row, n) -> new Row(MediaService.Owner.valueOf(row.getString(1)), row.getLong(2), row.getBoolean(3)))
			.list();
		Map<MediaService.Owner, Map<Long, MediaOwners.Named>> named = new LinkedHashMap<>();
		rows.stream().collect(Collectors.groupingBy(Row::owner)).forEach((owner, ofOwner) -> {
			MediaOwners names = this.owners.get(owner);
			named.put(owner, (names != null) ? names.named(ofOwner.stream().map(Row::ownerId).toList(), language) : Map.of());
		});
		return rows.stream().map((row) -> {
			MediaOwners.Named name = named.get(row.owner()).get(row.ownerId());
			return new Use(row.owner(), row.ownerId(), (name != null) ? name.title() : "#" + row.ownerId(),
					(name != null) ? name.editPath() : null, row.isPublic());
		}).toList();
	}

	/**
	 * Refuses, by the field that shows it, each image that may not be published today: a
	 * photo of people with no consent recorded, or whose consent has expired.
	 * @param imagesByField for each field of a form, the images it shows
	 */
	public void rejectUnpublishable(Map<String, ? extends Collection<Long>> imagesByField, Errors errors) {
		Set<Long> all = new LinkedHashSet<>();
		imagesByField.values().forEach(all::addAll);
		if (all.isEmpty()) {
			return;
		}
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, String> problems = new LinkedHashMap<>();
		this.jdbc.sql("select m.id, m.file_name, " + PhotoConsent.PROBLEM_SQL + " as problem from media m "
				+ "where m.id in (:ids) and " + PhotoConsent.BLOCKED_SQL)
			.param("ids", List.copyOf(all))
			.param("today", today())
			.query((row, n) -> {
				names.put(row.getLong(1), row.getString(2).isEmpty() ? "#" + row.getLong(1) : row.getString(2));
				return problems.put(row.getLong(1), PhotoConsent.messageCode(row.getString(3)));
			})
			.list();
		imagesByField.forEach((field, images) -> images.stream().filter(problems::containsKey).forEach((image) -> errors
			.rejectValue(field, "media.consent.blocked",
					new Object[] { names.get(image), new DefaultMessageSourceResolvable(problems.get(image)) }, null)));
	}

	/** The photos of people that may not be published today, those public content shows first. */
	public List<ConsentAlert> consentAlerts(int count) {
		return this.jdbc.sql("select " + ITEM_COLUMNS + ", " + PublicMedia.SQL + " as shown_publicly from media m where "
				+ PhotoConsent.BLOCKED_SQL + " order by shown_publicly desc, m.consent_expires_on nulls first, m.id limit :count")
			.param("today", today())
			.param("record", Language.record().code())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("count", count)
			.query((row, n) -> new ConsentAlert(item(row, n), row.getBoolean("shown_publicly")))
			.list();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), SiteZone.ZONE);
	}

	private static Item item(ResultSet row, int number) throws SQLException {
		long id = row.getLong("id");
		String extension = "image/png".equals(row.getString("content_type")) ? "png" : "jpg";
		return new Item(id, row.getString("file_name"),
				"/media/" + id + "/" + row.getInt("thumbnail_width") + "." + extension, row.getInt("width"),
				row.getInt("height"), row.getString("alt"), row.getBoolean("decorative"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("uploaded_by"),
				row.getLong("uses"), row.getString("consent_problem"),
				new Restrictions(row.getBoolean("shows_people"), row.getObject("consent_expires_on", LocalDate.class),
						row.getBoolean("no_minors_faces"), row.getBoolean("blur_required")));
	}

}
