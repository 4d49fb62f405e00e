package ma.oim.site.media;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ma.oim.site.audit.AuditAction;
import ma.oim.site.audit.AuditLog;
import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class MediaService {

	/** An image file as served. */
	public record ImageFile(byte[] bytes, String contentType) {
	}

	private final MediaRepository media;

	private final ImageProcessor processor;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	MediaService(MediaRepository media, ImageProcessor processor, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.media = media;
		this.processor = processor;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks, re-encodes and stores an upload. */
	public Media upload(byte[] bytes, MediaForm details, String actor) throws ImageRejectedException {
		ImageProcessor.Processed image = this.processor.process(bytes);
		Media saved = this.media.save(new Media(image, details, actor, this.clock.instant()));
		for (ImageProcessor.Variant variant : image.variants()) {
			this.jdbc.update("insert into media_variant (media_id, width, bytes) values (?, ?, ?)", saved.getId(),
					variant.width(), variant.bytes());
		}
		this.audit.record(actor, AuditAction.MEDIA_UPLOADED, "media", saved.getId(),
				image.width() + "x" + image.height());
		return saved;
	}

	public void describe(Media media, MediaForm details, String actor) {
		media.describe(details);
		this.media.save(media);
		this.audit.record(actor, AuditAction.MEDIA_UPDATED, "media", media.getId(), null);
	}

	@Transactional(readOnly = true)
	public Optional<Media> byId(long id) {
		return this.media.findById(id);
	}

	/** Views of these images, by id, in one statement. */
	@Transactional(readOnly = true)
	public Map<Long, MediaView> views(Collection<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.media.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Media::getId, (image) -> MediaView.of(image, language)));
	}

	@Transactional(readOnly = true)
	public List<Media> latest() {
		return this.media.findTop60ByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public Optional<ImageFile> file(long id, int width) {
		return this.jdbc
			.query("select v.bytes, m.content_type from media_variant v join media m on m.id = v.media_id "
					+ "where v.media_id = ? and v.width = ?",
					(row, n) -> new ImageFile(row.getBytes(1), row.getString(2)), id, width)
			.stream()
			.findFirst();
	}

}
