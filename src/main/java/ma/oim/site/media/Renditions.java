package ma.oim.site.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renditions of an image beyond its stored variants: WebP copies of each variant, a
 * denser-compressed WebP copy of a photo for phones of two and three device pixels per CSS
 * pixel (their pixels hide what the lower quality loses), and crops to a fixed shape (a news card's 3:2) cut around the editor's focal point, in the
 * image's own format and in WebP. Each is made from the widest variant the first time it
 * is asked for, under a PostgreSQL advisory lock so that two nodes never make the same
 * one, and stored in {@code media_rendition}: every later request, on any node, reads it.
 *
 * <p>Only the renditions a page can name are made ({@link #widths}, the current focal
 * point): an address made up by a visitor costs a 404, never an encoding.
 */
@Service
@Transactional
public class Renditions {

	/** The shape of a news card's picture. */
	public static final Shape CARD = new Shape(3, 2);

	/** A crop is never wider than this: a card is at most about 22rem wide, twice that on a dense screen. */
	static final int MAX_CROP_WIDTH = 960;

	/** WebP quality for photos; drawings and logos (PNG) are written losslessly. */
	static final float WEBP_QUALITY = 0.78f;

	/**
	 * WebP quality of a photo's copy for dense phone screens: shown at half or a third of
	 * its pixel size, it looks as the 1x copy does at about half the bytes.
	 */
	static final float DENSE_WEBP_QUALITY = 0.45f;

	/** The width of the dense copy: a phone's column (up to 48rem) at two device pixels per CSS pixel, about. */
	public static final int DENSE_WIDTH = 960;

	static final float JPEG_QUALITY = 0.82f;

	/** {@code w/480.webp}, {@code d/960.webp}, {@code 3x2-50-40/960.jpg}. */
	private static final Pattern NAME = Pattern
		.compile("(?:([wd])|([1-9])x([1-9])-([0-9]{1,3})-([0-9]{1,3}))/([0-9]{1,5})\\.(jpg|png|webp)");

	static {
		// Uploads are decoded by TwelveMonkeys' pure-Java WebP reader, as before: the WebP
		// library's native reader is taken out of ImageIO, and only its writer, which encodes
		// the site's own pixels, is used.
		IIORegistry registry = IIORegistry.getDefaultInstance();
		List<ImageReaderSpi> nativeReaders = new ArrayList<>();
		registry.getServiceProviders(ImageReaderSpi.class, true).forEachRemaining((spi) -> {
			if (spi.getClass().getName().startsWith("com.luciad.imageio.webp")) {
				nativeReaders.add(spi);
			}
		});
		nativeReaders.forEach((spi) -> registry.deregisterServiceProvider(spi, ImageReaderSpi.class));
	}

	/** A crop's shape: its width to its height. */
	public record Shape(int width, int height) {

		int heightFor(int width) {
			return Math.max(1, Math.round((float) width * this.height / this.width));
		}

	}

	/** A rendition as served, and whether public content uses its image now. */
	public record RenditionFile(byte[] bytes, String contentType, boolean isPublic) {
	}

	/** What a rendition is made from: the image's widest variant and what the editor said of it. */
	private record Source(int width, int height, String contentType, int[] variantWidths, int focalX, int focalY) {

		String extension() {
			return "image/png".equals(this.contentType) ? "png" : "jpg";
		}

	}

	private final JdbcClient jdbc;

	private final MediaService media;

	private final Clock clock;

	private final AtomicLong made = new AtomicLong();

	Renditions(JdbcClient jdbc, MediaService media, Clock clock) {
		this.jdbc = jdbc;
		this.media = media;
		this.clock = clock;
	}

	/** The widths a crop of an image of this size is made in: up to the crop's own width, {@value #MAX_CROP_WIDTH} at most. */
	public static int[] widths(int width, int height, Shape shape) {
		int cropWidth = Math.min(width, Math.round((float) height * shape.width() / shape.height()));
		int widest = Math.min(cropWidth, MAX_CROP_WIDTH);
		return Arrays.stream(new int[] { 480, widest }).filter((candidate) -> candidate <= widest).distinct().toArray();
	}

	/** The address of a crop around this focal point. */
	public static String cropPath(long id, Shape shape, int focalX, int focalY, int width, String extension) {
		return "/media/" + id + "/" + shape.width() + "x" + shape.height() + "-" + focalX + "-" + focalY + "/" + width
				+ "." + extension;
	}

	/** The address of a variant's WebP copy. */
	public static String webpPath(long id, int width) {
		return "/media/" + id + "/w/" + width + ".webp";
	}

	/** The address of a photo's dense-screen WebP copy, or null when it has none (a drawing, a small image). */
	public static String densePath(long id, String contentType, int[] variantWidths) {
		return hasDenseCopy(contentType, variantWidths) ? "/media/" + id + "/d/" + DENSE_WIDTH + ".webp" : null;
	}

	private static boolean hasDenseCopy(String contentType, int[] variantWidths) {
		return "image/jpeg".equals(contentType) && Arrays.stream(variantWidths).anyMatch((w) -> w == DENSE_WIDTH);
	}

	/**
	 * The rendition at this name, made and stored if this is the first time it is asked
	 * for; empty when the image has no such rendition, or when no public content uses it
	 * and the one asking is not a signed-in editor (nothing is made for them).
	 */
	public Optional<RenditionFile> file(long id, String name, boolean signedIn) {
		Matcher parts = NAME.matcher(name);
		if (!parts.matches()) {
			return Optional.empty();
		}
		Optional<Source> found = source(id);
		if (found.isEmpty() || !names(found.get(), parts)) {
			return Optional.empty();
		}
		boolean isPublic = this.media.isPublic(id);
		if (!isPublic && !signedIn) {
			return Optional.empty();
		}
		Optional<RenditionFile> stored = stored(id, name, isPublic);
		if (stored.isPresent()) {
			return stored;
		}
		// One maker per rendition across every node; the others wait, then read what it stored.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "media_rendition/" + id + "/" + name)
			.query((row, n) -> 1)
			.list();
		stored = stored(id, name, isPublic);
		if (stored.isPresent()) {
			return stored;
		}
		RenditionFile made = make(id, found.get(), parts, isPublic);
		this.jdbc.sql("""
				insert into media_rendition (media_id, name, content_type, bytes, created_at)
				values (:id, :name, :type, :bytes, :now)""")
			.param("id", id)
			.param("name", name)
			.param("type", made.contentType())
			.param("bytes", made.bytes())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.made.incrementAndGet();
		return Optional.of(made);
	}

	/** How many renditions this node has made since it started (the others it read). */
	public long madeSinceStart() {
		return this.made.get();
	}

	/**
	 * A new focal point: crops get new addresses (pages name them afresh, as the change
	 * empties every node's page cache), and the crops around the old one go.
	 */
	public void moveFocalPoint(long id, int focalX, int focalY) {
		this.jdbc.sql("update media set focal_x = ?, focal_y = ? where id = ?").params(focalX, focalY, id).update();
		this.jdbc.sql("delete from media_rendition where media_id = ? and name not like 'w/%' and name not like 'd/%'")
			.params(id)
			.update();
	}

	private Optional<RenditionFile> stored(long id, String name, boolean isPublic) {
		return this.jdbc.sql("select bytes, content_type from media_rendition where media_id = ? and name = ?")
			.params(id, name)
			.query((row, n) -> new RenditionFile(row.getBytes(1), row.getString(2), isPublic))
			.optional();
	}

	private Optional<Source> source(long id) {
		return this.jdbc.sql("select width, height, content_type, variant_widths, focal_x, focal_y from media where id = ?")
			.params(id)
			.query((row, n) -> new Source(row.getInt(1), row.getInt(2), row.getString(3),
					Arrays.stream((Integer[]) row.getArray(4).getArray()).mapToInt(Integer::intValue).toArray(),
					row.getInt(5), row.getInt(6)))
			.optional();
	}

	/** Whether a page of the site can name this rendition: a variant's width, the current focal point, a known shape. */
	private static boolean names(Source source, Matcher parts) {
		int width = Integer.parseInt(parts.group(6));
		String extension = parts.group(7);
		if ("d".equals(parts.group(1))) {
			return "webp".equals(extension) && width == DENSE_WIDTH
					&& hasDenseCopy(source.contentType(), source.variantWidths());
		}
		if (parts.group(1) != null) {
			return "webp".equals(extension) && Arrays.stream(source.variantWidths()).anyMatch((w) -> w == width);
		}
		Shape shape = new Shape(Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
		return CARD.equals(shape) && Integer.parseInt(parts.group(4)) == source.focalX()
				&& Integer.parseInt(parts.group(5)) == source.focalY()
				&& ("webp".equals(extension) || source.extension().equals(extension))
				&& Arrays.stream(widths(source.width(), source.height(), shape)).anyMatch((w) -> w == width);
	}

	private RenditionFile make(long id, Source source, Matcher parts, boolean isPublic) {
		byte[] widest = this.jdbc.sql("select bytes from media_variant where media_id = ? and width = ?")
			.params(id, source.width())
			.query(byte[].class)
			.single();
		int width = Integer.parseInt(parts.group(6));
		String extension = parts.group(7);
		boolean alpha = "image/png".equals(source.contentType());
		float quality = "d".equals(parts.group(1)) ? DENSE_WEBP_QUALITY : WEBP_QUALITY;
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(widest));
			BufferedImage shaped;
			if (parts.group(1) != null) {
				shaped = (width == image.getWidth()) ? image : Thumbnails.of(image).width(width).asBufferedImage();
			}
			else {
				Shape shape = new Shape(Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
				shaped = Thumbnails.of(crop(image, shape, source.focalX(), source.focalY()))
					.forceSize(width, shape.heightFor(width))
					.asBufferedImage();
			}
			return switch (extension) {
				case "webp" -> new RenditionFile(webp(shaped, alpha, quality), "image/webp", isPublic);
				case "png" -> new RenditionFile(encode(shaped, "png", alpha), "image/png", isPublic);
				default -> new RenditionFile(encode(shaped, "jpg", false), "image/jpeg", isPublic);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The largest part of the image of this shape that has the focal point as near its
	 * centre as the image's edges allow.
	 */
	static BufferedImage crop(BufferedImage image, Shape shape, int focalX, int focalY) {
		int width = Math.min(image.getWidth(), Math.round((float) image.getHeight() * shape.width() / shape.height()));
		int height = Math.min(image.getHeight(), shape.heightFor(width));
		int left = clamp(Math.round(image.getWidth() * focalX / 100f - width / 2f), image.getWidth() - width);
		int top = clamp(Math.round(image.getHeight() * focalY / 100f - height / 2f), image.getHeight() - height);
		return image.getSubimage(left, top, width, height);
	}

	private static int clamp(int value, int max) {
		return Math.max(0, Math.min(value, max));
	}

	private static byte[] encode(BufferedImage image, String format, boolean alpha) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).scale(1).outputFormat(format);
		if (!alpha) {
			builder.imageType(BufferedImage.TYPE_INT_RGB).outputQuality(JPEG_QUALITY);
		}
		builder.toOutputStream(out);
		return out.toByteArray();
	}

	/** libwebp through its ImageIO writer: lossy for photos, lossless for drawings and logos. */
	static byte[] webp(BufferedImage image, boolean lossless, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
		try {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType(lossless ? "Lossless" : "Lossy");
			if (!lossless) {
				param.setCompressionQuality(quality);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(output);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			return out.toByteArray();
		}
		finally {
			writer.dispose();
		}
	}

}
