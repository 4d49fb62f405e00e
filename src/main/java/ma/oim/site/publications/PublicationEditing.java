package ma.oim.site.publications;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaLibrary;
import ma.oim.site.media.MediaService;
import ma.oim.site.publications.PublicationEvent.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The editors' work on publications: save, publish or schedule, withdraw, delete, and a
 * file per language. Every step is announced as a {@link PublicationEvent} in its
 * transaction (one audit line each). A file is checked before anything is written, and
 * written with its row in one transaction: a refused or failed upload leaves nothing.
 */
@Service
public class PublicationEditing {

	public enum Action {

		/** Keeps the state (a new publication is a draft). */
		SAVE,
		/** Publishes now, or at the time given: a future time schedules it. */
		PUBLISH

	}

	/** Another editor saved the publication since this one opened it. */
	static class ConflictException extends RuntimeException {

		ConflictException() {
			super("The publication was saved by someone else in the meantime");
		}

	}

	private final JdbcClient jdbc;

	private final DocumentChecks checks;

	private final DocumentStore store;

	private final CoverImages covers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final MediaService media;

	private final MediaLibrary library;

	PublicationEditing(JdbcClient jdbc, DocumentChecks checks, DocumentStore store, CoverImages covers,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, MediaService media,
			MediaLibrary library) {
		this.media = media;
		this.library = library;
		this.jdbc = jdbc;
		this.checks = checks;
		this.store = store;
		this.covers = covers;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The form of a stored publication, as the editor opens it. */
	@Transactional(readOnly = true)
	public Optional<PublicationForm> formOf(long id) {
		PublicationForm form = this.jdbc
			.sql("select type, issued_on, published_at, expires_at, version from publication where id = ?")
			.param(id)
			.query((row, number) -> {
				PublicationForm found = new PublicationForm();
				found.setType(PublicationType.valueOf(row.getString("type")));
				found.setIssuedOn(row.getObject("issued_on", java.time.LocalDate.class));
				OffsetDateTime published = row.getObject("published_at", OffsetDateTime.class);
				found.setPublishedAt((published != null) ? published.toInstant()
					.atZone(SiteZone.ZONE)
					.toLocalDateTime()
					.withSecond(0)
					.withNano(0) : null);
				found.setExpiresAt(local(row.getObject("expires_at", OffsetDateTime.class)));
				found.setVersion(row.getLong("version"));
				return found;
			})
			.optional()
			.orElse(null);
		if (form == null) {
			return Optional.empty();
		}
		this.jdbc.sql("select language, slug, title, summary, cover_media_id from publication_text where publication_id = ?")
			.param(id)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (row) -> {
				Language language = Language.fromCode(row.getString("language")).orElse(null);
				if (language != null) {
					PublicationForm.Text text = form.text(language);
					text.setTitle(row.getString("title"));
					text.setSlug(row.getString("slug"));
					text.setSummary(row.getString("summary"));
					text.setCoverMediaId(row.getObject("cover_media_id", Long.class));
				}
			});
		form.setAxisIds(this.jdbc.sql("select axis_id from publication_axis where publication_id = ? order by axis_id")
			.param(id)
			.query(Long.class)
			.list());
		form.setPartnerIds(this.jdbc
			.sql("select partner_id from publication_partner where publication_id = ? order by partner_id")
			.param(id)
			.query(Long.class)
			.list());
		return Optional.of(form);
	}

	/** What Bean Validation cannot check alone: French is required, a text needs a title, slugs are free. */
	@Transactional(readOnly = true)
	public void validate(Long id, PublicationForm form, Errors errors) {
		validate(id, form, Action.SAVE, errors);
	}

	/**
	 * As {@link #validate(Long, PublicationForm, Errors)}, and a publication that will be
	 * public (published now, or already public or scheduled) may not show as its cover a
	 * photo of people whose consent is missing or over.
	 */
	@Transactional(readOnly = true)
	public void validate(Long id, PublicationForm form, Action action, Errors errors) {
		validateCovers(form, errors);
		if (action == Action.PUBLISH || (id != null && isPublishedOrScheduled(id))) {
			Map<String, List<Long>> covers = new LinkedHashMap<>();
			for (Language language : Language.values()) {
				String field = "texts[" + language.code() + "].coverMediaId";
				Long cover = form.text(language).getCoverMediaId();
				if (cover != null && !errors.hasFieldErrors(field)) {
					covers.put(field, List.of(cover));
				}
			}
			this.library.rejectUnpublishable(covers, errors);
		}
		for (Language language : Language.values()) {
			PublicationForm.Text text = form.text(language);
			String title = "texts[" + language.code() + "].title";
			if ((language.isRecord() || !text.isEmpty()) && text.getTitle().isBlank()) {
				errors.rejectValue(title, language.isRecord() ? "NotBlank" : "publication.translation.titleRequired");
				continue;
			}
			String slugField = "texts[" + language.code() + "].slug";
			if (text.isEmpty() || errors.hasFieldErrors(slugField)) {
				continue;
			}
			String slug = text.slugOrFromTitle();
			if (slug.isEmpty()) {
				errors.rejectValue(slugField, "article.slug.empty");
			}
			else if (this.jdbc
				.sql("select count(*) from publication_text where language = ? and slug = ? and publication_id <> ?")
				.params(language.code(), slug, (id != null) ? id : -1L)
				.query(Long.class)
				.single() > 0) {
				errors.rejectValue(slugField, "article.slug.taken");
			}
		}
	}

	private boolean isPublishedOrScheduled(long id) {
		return this.jdbc.sql("select count(*) from publication where id = ? and status = 'PUBLISHED'")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	/** A cover from the library must be an image of it, and needs the language's text. */
	private void validateCovers(PublicationForm form, Errors errors) {
		Set<Long> ids = new HashSet<>();
		for (Language language : Language.values()) {
			if (form.text(language).getCoverMediaId() != null) {
				ids.add(form.text(language).getCoverMediaId());
			}
		}
		Set<Long> found = ids.isEmpty() ? Set.of()
				: this.media.views(ids, Language.record()).keySet();
		for (Language language : Language.values()) {
			PublicationForm.Text text = form.text(language);
			String field = "texts[" + language.code() + "].coverMediaId";
			if (text.getCoverMediaId() == null || errors.hasFieldErrors(field)) {
				continue;
			}
			if (!found.contains(text.getCoverMediaId())) {
				errors.rejectValue(field, "publication.cover.noSuchImage");
			}
			else if (text.isEmpty()) {
				errors.rejectValue(field, "publication.cover.needsText");
			}
		}
	}

	/**
	 * The expiry time, if typed, comes after the publication time: the one typed, or its
	 * own when it is published already, or now when this save publishes it. Refused by the
	 * field.
	 */
	@Transactional(readOnly = true)
	public void validateExpiry(Long id, PublicationForm form, Action action, Errors errors) {
		Instant expiresAt = instant(form.getExpiresAt());
		if (expiresAt == null || errors.hasFieldErrors("expiresAt")) {
			return;
		}
		Instant publishedAt = instant(form.getPublishedAt());
		if (publishedAt == null && id != null) {
			publishedAt = this.jdbc.sql("select published_at from publication where id = ? and status = 'PUBLISHED'")
				.param(id)
				.query((row, number) -> row.getObject(1, OffsetDateTime.class))
				.optional()
				.map(OffsetDateTime::toInstant)
				.orElse(null);
		}
		if (publishedAt == null && action == Action.PUBLISH) {
			publishedAt = this.clock.instant();
		}
		if (publishedAt != null && !expiresAt.isAfter(publishedAt)) {
			errors.rejectValue("expiresAt", "expiry.beforePublication");
		}
	}

	/**
	 * Saves the form (a new publication when {@code id} is null).
	 * @return the publication's id
	 * @throws ConflictException when someone saved it since the form was opened
	 */
	@Transactional
	public long save(Long id, PublicationForm form, Action action, String actor) {
		Instant now = this.clock.instant();
		long publicationId;
		if (id == null) {
			publicationId = this.jdbc.sql("""
					insert into publication (type, status, issued_on, created_by, created_at, updated_at)
					values (?, 'DRAFT', ?, ?, ?, ?) returning id""")
				.params(form.getType().name(), form.getIssuedOn(), actor, utc(now), utc(now))
				.query(Long.class)
				.single();
		}
		else {
			int updated = this.jdbc.sql("""
					update publication set type = ?, issued_on = ?, updated_at = ?, version = version + 1
					where id = ? and version = ?""")
				.params(form.getType().name(), form.getIssuedOn(), utc(now), id, form.getVersion())
				.update();
			if (updated == 0) {
				throw new ConflictException();
			}
			publicationId = id;
		}
		for (Language language : Language.values()) {
			PublicationForm.Text text = form.text(language);
			if (text.isEmpty()) {
				this.jdbc.sql("delete from publication_text where publication_id = ? and language = ?")
					.params(publicationId, language.code())
					.update();
				continue;
			}
			this.jdbc.sql("""
					insert into publication_text (publication_id, language, slug, title, summary, cover_media_id)
					values (?, ?, ?, ?, ?, ?)
					on conflict (publication_id, language)
					do update set slug = excluded.slug, title = excluded.title, summary = excluded.summary,
					    cover_media_id = excluded.cover_media_id""")
				.params(publicationId, language.code(), text.slugOrFromTitle(), text.getTitle().strip(),
						text.getSummary().strip(), text.getCoverMediaId())
				.update();
		}
		this.jdbc.sql("delete from publication_axis where publication_id = ?").param(publicationId).update();
		for (Long axis : form.getAxisIds().stream().distinct().toList()) {
			this.jdbc.sql("""
					insert into publication_axis (publication_id, axis_id)
					select ?, id from thematic_axis where id = ?""").params(publicationId, axis).update();
		}
		this.jdbc.sql("delete from publication_partner where publication_id = ?").param(publicationId).update();
		for (Long partner : form.getPartnerIds().stream().distinct().toList()) {
			this.jdbc.sql("""
					insert into publication_partner (publication_id, partner_id)
					select ?, id from partner where id = ?""").params(publicationId, partner).update();
		}
		Instant typed = instant(form.getPublishedAt());
		Kind kind = (id == null) ? Kind.CREATED : Kind.SAVED;
		Instant expiresBefore = this.jdbc.sql("select expires_at from publication where id = ?")
			.param(publicationId)
			.query((row, number) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
			.single()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
		Instant expiresAt = expiry(form.getExpiresAt(), expiresBefore);
		// Both times in one statement: the table checks that the expiry comes after the publication.
		if (action == Action.PUBLISH) {
			Instant publishedAt = (typed != null) ? typed : now;
			this.jdbc.sql("update publication set status = 'PUBLISHED', published_at = ?, expires_at = ? where id = ?")
				.params(utc(publishedAt), utc(expiresAt), publicationId)
				.update();
			kind = publishedAt.isAfter(now) ? Kind.SCHEDULED : Kind.PUBLISHED;
		}
		else if (typed != null) {
			this.jdbc.sql("update publication set published_at = ?, expires_at = ? where id = ?")
				.params(utc(typed), utc(expiresAt), publicationId)
				.update();
		}
		else {
			this.jdbc.sql("update publication set expires_at = ? where id = ?")
				.params(utc(expiresAt), publicationId)
				.update();
		}
		recordCoverUses(publicationId);
		announce(kind, publicationId, actor, form.text(Language.record()).getTitle().strip());
		if (!java.util.Objects.equals(expiresBefore, expiresAt)) {
			announce(Kind.EXPIRY_CHANGED, publicationId, actor, (expiresAt != null) ? expiresAt.toString() : "none");
		}
		return publicationId;
	}

	/** The expiry time typed (the same minute keeps the time as it was); empty: none. */
	private static Instant expiry(LocalDateTime typed, Instant before) {
		Instant expiresAt = instant(typed);
		boolean sameMinute = expiresAt != null && before != null
				&& expiresAt.equals(before.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
		return sameMinute ? before : expiresAt;
	}

	/** Takes it off the public site; it keeps its texts and files. */
	@Transactional
	public void withdraw(long id, String actor) {
		this.jdbc.sql("update publication set status = 'WITHDRAWN', updated_at = ?, version = version + 1 where id = ?")
			.params(utc(this.clock.instant()), id)
			.update();
		recordCoverUses(id);
		announce(Kind.WITHDRAWN, id, actor, frenchTitle(id));
	}

	/** Deletes it with its texts and files. */
	@Transactional
	public void delete(long id, String actor) {
		announce(Kind.DELETED, id, actor, frenchTitle(id));
		this.media.forgetUses(MediaService.Owner.PUBLICATION, id);
		this.jdbc.sql("delete from publication where id = ?").param(id).update();
	}

	/**
	 * Checks the file by its content, then stores it as this language's file (replacing the
	 * one there was) in one transaction; its text is extracted after that commits.
	 * @throws DocumentRejectedException with the reason to show the editor; nothing is written
	 */
	public void storeFile(long id, Language language, MultipartFile upload, String actor)
			throws DocumentRejectedException, IOException {
		if (upload == null || upload.isEmpty()) {
			throw new DocumentRejectedException("publication.file.empty");
		}
		// Refused from its declared size before a byte is copied.
		long limit = this.checks.maxFileSize();
		if (upload.getSize() > limit) {
			throw new DocumentRejectedException("publication.file.tooLarge", limit / (1024 * 1024));
		}
		Path copy = Files.createTempFile("publication-", ".upload");
		try {
			upload.transferTo(copy);
			DocumentChecks.Checked checked = this.checks.check(copy);
			String name = originalName(upload.getOriginalFilename(), checked.format());
			long size = Files.size(copy);
			try {
				write(id, language, copy, checked, name, size, actor);
			}
			catch (DataIntegrityViolationException ex) {
				// Another upload for this language committed first, or the publication was deleted.
				throw new DocumentRejectedException("publication.file.busy");
			}
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** The file's row, its bytes and its audit line, in one transaction. */
	private void write(long id, Language language, Path copy, DocumentChecks.Checked checked, String name, long size,
			String actor) {
		this.transaction.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			this.jdbc.sql("delete from publication_file where publication_id = ? and language = ?")
				.params(id, language.code())
				.update();
			long fileId = this.jdbc.sql("""
					insert into publication_file (publication_id, language, original_name, media_type, extension,
					    size_bytes, page_count, sha256, meta_author, meta_software, meta_title, uploaded_by,
					    uploaded_at, extraction_status)
					values (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?) returning id""")
				.params(id, language.code(), name, checked.format().mediaType(), checked.format().extension(), size,
						checked.pages(), checked.author(), checked.software(), checked.title(), actor, utc(now),
						(checked.format() == DocumentFormat.PDF) ? "PENDING" : "NONE")
				.query(Long.class)
				.single();
			String sha256;
			try (InputStream in = Files.newInputStream(copy)) {
				sha256 = this.store.write(fileId, in);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			this.jdbc.sql("update publication_file set sha256 = ? where id = ?").params(sha256, fileId).update();
			this.jdbc.sql("update publication set updated_at = ? where id = ?").params(utc(now), id).update();
			announce(Kind.FILE_UPLOADED, id, actor,
					language.code() + ": " + name + " (" + checked.format().extension() + ", " + size + " bytes)");
			if (checked.format() == DocumentFormat.PDF) {
				this.events.publishEvent(new DocumentStored(fileId));
			}
		});
	}

	/**
	 * The editor's cover for one language (which needs its text), re-encoded; without one, the
	 * first page of the file is the cover.
	 * @throws DocumentRejectedException not a JPEG or PNG, too large; nothing is written
	 */
	@Transactional
	public void storeCover(long id, Language language, MultipartFile upload, String actor)
			throws DocumentRejectedException, IOException {
		if (upload == null || upload.isEmpty()) {
			throw new DocumentRejectedException("publication.file.empty");
		}
		if (upload.getSize() > CoverImages.MAX_BYTES) {
			throw new DocumentRejectedException("publication.cover.tooLarge");
		}
		byte[] cover = this.covers.cover(upload.getBytes());
		int updated = this.jdbc.sql("update publication_text set cover_jpeg = ? where publication_id = ? and language = ?")
			.params(cover, id, language.code())
			.update();
		if (updated == 0) {
			throw new DocumentRejectedException("publication.cover.needsText");
		}
		this.jdbc.sql("update publication set updated_at = ? where id = ?").params(utc(this.clock.instant()), id).update();
		announce(Kind.COVER_UPLOADED, id, actor, language.code());
	}

	@Transactional
	public void removeCover(long id, Language language, String actor) {
		int removed = this.jdbc.sql("""
				update publication_text set cover_jpeg = null
				where publication_id = ? and language = ? and cover_jpeg is not null""")
			.params(id, language.code())
			.update();
		if (removed > 0) {
			announce(Kind.COVER_REMOVED, id, actor, language.code());
		}
	}

	@Transactional
	public void removeFile(long id, Language language, String actor) {
		int removed = this.jdbc.sql("delete from publication_file where publication_id = ? and language = ?")
			.params(id, language.code())
			.update();
		if (removed > 0) {
			announce(Kind.FILE_REMOVED, id, actor, language.code());
		}
	}

	/**
	 * Tells the library which of its images the publication shows as covers, public from its
	 * publication time (a scheduled one's in the future) until its expiry, none while a
	 * draft or withdrawn.
	 */
	private void recordCoverUses(long id) {
		record Times(Instant publicFrom, Instant publicUntil) {
		}
		Times times = this.jdbc
			.sql("select published_at, expires_at from publication where id = ? and status = 'PUBLISHED'")
			.param(id)
			.query((row, number) -> {
				OffsetDateTime until = row.getObject(2, OffsetDateTime.class);
				return new Times(row.getObject(1, OffsetDateTime.class).toInstant(),
						(until != null) ? until.toInstant() : null);
			})
			.optional()
			.orElse(new Times(null, null));
		Map<Long, Instant> covers = new LinkedHashMap<>();
		this.jdbc
			.sql("select distinct cover_media_id from publication_text where publication_id = ? and cover_media_id is not null")
			.param(id)
			.query(Long.class)
			.list()
			.forEach((cover) -> covers.put(cover, times.publicFrom()));
		this.media.recordUses(MediaService.Owner.PUBLICATION, id, covers, times.publicUntil());
	}

	private String frenchTitle(long id) {
		return this.jdbc.sql("select title from publication_text where publication_id = ? and language = ?")
			.params(id, Language.record().code())
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** The name the editor's file had, kept for the back office: no path, no control characters. */
	private static String originalName(String name, DocumentFormat format) {
		String base = (name != null) ? name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip() : "";
		if (base.isEmpty()) {
			base = "document." + format.extension();
		}
		return (base.length() > 255) ? base.substring(0, 255) : base;
	}

	private void announce(Kind kind, long id, String actor, String details) {
		this.events.publishEvent(new PublicationEvent(kind, id, actor, details));
	}

	private static LocalDateTime local(OffsetDateTime time) {
		return (time != null) ? time.toInstant().atZone(SiteZone.ZONE).toLocalDateTime().withSecond(0).withNano(0)
				: null;
	}

	private static Instant instant(LocalDateTime local) {
		return (local != null) ? local.atZone(SiteZone.ZONE).toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
