package ma.oim.site.media;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ma.oim.site.content.BidiControls;
import ma.oim.site.i18n.Language;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads and reads images, and keeps where each is used; every upload is announced as a
 * {@link MediaUploaded}. An image is served to visitors only while public content uses
 * it: the features that use images say so at every save ({@link #recordUses}).
 */
@Service
@Transactional
public class MediaService {

	/** The kinds of content that use images. */
	public enum Owner {

		ARTICLE, PAGE, PARTNER, PUBLICATION,
		/** A change proposed to a public article: its images are kept, and public only once it is applied. */
		ARTICLE_PROPOSAL

	}

	/** The time from which content that is always public (pages, partners) is public. */
	public static final Instant PUBLIC_ALWAYS = Instant.EPOCH;

	/** An image file as served; {@code isPublic} when public content uses it now. */
	public record ImageFile(byte[] bytes, String contentType, boolean isPublic) {
	}

	/** An image of the site's media in a text's HTML, as the Markdown policy lets one through. */
	private static final Pattern IN_HTML = Pattern.compile("/media/([0-9]{1,18})/[0-9]{1,5}\\.(?:jpg|png)");

	private final MediaRepository media;

	private final ImageProcessor processor;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MediaService(MediaRepository media, ImageProcessor processor, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.media = media;
		this.processor = processor;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Checks, re-encodes and stores an upload. */
	public Media upload(byte[] bytes, MediaForm details, String actor) throws ImageRejectedException {
		return upload(bytes, "", details, actor);
	}

	/**
	 * Checks, re-encodes and stores an upload, under the name of the file sent. Nothing is
	 * written before the image has passed every check and been re-encoded.
	 */
	public Media upload(byte[] bytes, String fileName, MediaForm details, String actor) throws ImageRejectedException {
		ImageProcessor.Processed image = this.processor.process(bytes);
		Media saved = this.media.save(new Media(image, details, fileName(fileName), actor, this.clock.instant()));
		for (ImageProcessor.Variant variant : image.variants()) {
			this.jdbc.sql("insert into media_variant (media_id, width, bytes) values (?, ?, ?)")
				.params(saved.getId(), variant.width(), variant.bytes())
				.update();
		}
		this.events.publishEvent(new MediaUploaded(saved.getId(), actor, image.width() + "x" + image.height()));
		return saved;
	}

	/** What a refused deletion says: the image is used. */
	public enum Deletion {

		DELETED, IN_USE, NOT_FOUND

	}

	/** Describes an image anew: its texts and, for a photo of people, its consent. */
	public boolean describe(long id, MediaForm details, String actor) {
		Optional<Media> found = this.media.findById(id);
		found.ifPresent((image) -> {
			image.describe(details);
			this.events.publishEvent(new MediaChanged(id, actor, MediaChanged.Change.DESCRIBED, image.getFileName()));
		});
		return found.isPresent();
	}

	/**
	 * Deletes an image that nothing uses, a draft included. The image's row is locked
	 * first, so that a save that starts using it meanwhile waits for this decision.
	 */
	public Deletion delete(long id, String actor) {
		Optional<String> name = this.jdbc.sql("select file_name from media where id = ? for update")
			.param(id)
			.query(String.class)
			.optional();
		if (name.isEmpty()) {
			return Deletion.NOT_FOUND;
		}
		boolean used = this.jdbc.sql("select exists (select 1 from media_use where media_id = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
		if (used) {
			return Deletion.IN_USE;
		}
		this.jdbc.sql("delete from media where id = ?").param(id).update();
		this.events.publishEvent(new MediaChanged(id, actor, MediaChanged.Change.DELETED, name.get()));
		return Deletion.DELETED;
	}

	/** The name a file was sent under, without its folders or controls, at most 200 characters. */
	static String fileName(String sent) {
		if (sent == null) {
			return "";
		}
		String name = BidiControls.strip(sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1))
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	@Transactional(readOnly = true)
	public Optional<Media> byId(long id) {
		return this.media.findById(id);
	}

	/** Views of these images, by id, in one statement. */
	@Transactional(readOnly = true)
	public Map<Long, MediaView> views(Collection<Long> ids, Language language) {
		return images(ids).values()
			.stream()
			.collect(Collectors.toMap(Media::getId, (image) -> MediaView.of(image, language)));
	}

	/** These images, by id, in one statement. */
	@Transactional(readOnly = true)
	Map<Long, Media> images(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.media.findByIdIn(ids).stream().collect(Collectors.toMap(Media::getId, (image) -> image));
	}

	/** A variant of an image, whether public content uses it or not. */
	@Transactional(readOnly = true)
	public Optional<ImageFile> file(long id, int width) {
		return this.jdbc.sql("""
				select v.bytes, m.content_type, %s as public
				from media_variant v join media m on m.id = v.media_id
				where v.media_id = :id and v.width = :width
				""".formatted(PublicMedia.SQL))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("width", width)
			.query((row, n) -> new ImageFile(row.getBytes(1), row.getString(2), row.getBoolean(3)))
			.optional();
	}

	/** Whether public content uses this image now: the rule of {@link #file}, for its renditions. */
	@Transactional(readOnly = true)
	public boolean isPublic(long id) {
		return this.jdbc.sql("select %s from media m where m.id = :id".formatted(PublicMedia.SQL))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Records which images a piece of content uses, replacing what it used before.
	 * @param publicFrom when the content is (or becomes) public; null while it is not
	 * @return the images it used before and that nothing uses any more
	 */
	public Set<Long> recordUses(Owner owner, long ownerId, Collection<Long> mediaIds, Instant publicFrom) {
		Map<Long, Instant> uses = new LinkedHashMap<>();
		mediaIds.forEach((mediaId) -> uses.put(mediaId, publicFrom));
		return recordUses(owner, ownerId, uses);
	}

	/**
	 * Records which images a piece of content uses, each public from its own time: an
	 * article's translation may be published later than the article, or not at all.
	 * @param publicFromByMedia for each image, when it is (or becomes) public; null while it is not
	 * @return the images it used before and that nothing uses any more
	 */
	public Set<Long> recordUses(Owner owner, long ownerId, Map<Long, Instant> publicFromByMedia) {
		return recordUses(owner, ownerId, publicFromByMedia, null);
	}

	/**
	 * As {@link #recordUses(Owner, long, Map)}, for content that stops being public by itself.
	 * @param publicUntil when the content expires, and its images with it (unless something
	 * else public uses them); null: never
	 */
	public Set<Long> recordUses(Owner owner, long ownerId, Map<Long, Instant> publicFromByMedia, Instant publicUntil) {
		List<Long> before = this.jdbc.sql("delete from media_use where owner = ? and owner_id = ? returning media_id")
			.params(owner.name(), ownerId)
			.query(Long.class)
			.list();
		publicFromByMedia.forEach((mediaId, publicFrom) -> this.jdbc.sql("""
				insert into media_use (media_id, owner, owner_id, public_from, public_until)
				select id, ?, ?, ?, ? from media where id = ?
				""")
			.params(owner.name(), ownerId, (publicFrom != null) ? publicFrom.atOffset(ZoneOffset.UTC) : null,
					(publicUntil != null) ? publicUntil.atOffset(ZoneOffset.UTC) : null, mediaId)
			.update());
		return unused(before);
	}

	/** Content deleted: its images are used by it no more. Answers those nothing uses any more. */
	public Set<Long> forgetUses(Owner owner, long ownerId) {
		return recordUses(owner, ownerId, List.of(), null);
	}

	/** The site's images a text's HTML shows. */
	public static Set<Long> referencedIn(String html) {
		Set<Long> ids = new LinkedHashSet<>();
		Matcher found = IN_HTML.matcher((html != null) ? html : "");
		while (found.find()) {
			ids.add(Long.parseLong(found.group(1)));
		}
		return ids;
	}

	private Set<Long> unused(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select id from unnest(cast(:ids as bigint[])) as id
				where not exists (select 1 from media_use u where u.media_id = id)
				""")
			.param("ids", ids.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

}
