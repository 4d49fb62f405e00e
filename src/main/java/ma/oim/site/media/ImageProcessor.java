package ma.oim.site.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.stereotype.Component;

/**
 * Checks an upload by its content (never its name), refuses decompression bombs before
 * decoding, then re-encodes it into resized variants. Re-encoding writes only pixels:
 * EXIF, GPS position and camera data of the original are gone.
 */
@Component
public class ImageProcessor {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Bounds read from the header, before any pixel is decoded. */
	static final int MAX_SIDE = 12_000;

	static final long MAX_PIXELS = 50_000_000L;

	static final int[] WIDTHS = { 480, 960, 1600 };

	private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");

	/** A re-encoded image: its variants, widest last. */
	public record Processed(int width, int height, String contentType, List<Variant> variants) {
	}

	public record Variant(int width, byte[] bytes) {
	}

	public Processed process(byte[] upload) throws ImageRejectedException {
		if (upload == null || upload.length == 0) {
			throw new ImageRejectedException("media.error.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new ImageRejectedException("media.error.tooLarge");
		}
		checkHeader(upload);
		try {
			// Thumbnailator applies the EXIF orientation, then only pixels are kept.
			BufferedImage image = Thumbnails.of(new ByteArrayInputStream(upload)).scale(1.0).asBufferedImage();
			boolean alpha = image.getColorModel().hasAlpha();
			String format = alpha ? "png" : "jpg";
			int widest = Math.min(image.getWidth(), WIDTHS[WIDTHS.length - 1]);
			List<Variant> variants = new ArrayList<>();
			for (int width : WIDTHS) {
				if (width < widest) {
					variants.add(new Variant(width, encode(image, width, format, alpha)));
				}
			}
			variants.add(new Variant(widest, encode(image, widest, format, alpha)));
			int height = Math.max(1, Math.round((float) image.getHeight() * widest / image.getWidth()));
			return new Processed(widest, height, alpha ? "image/png" : "image/jpeg", variants);
		}
		catch (IOException | RuntimeException ex) {
			throw new ImageRejectedException("media.error.unreadable");
		}
	}

	/** The format from the file's first bytes, and its dimensions from its header. */
	private static void checkHeader(byte[] upload) throws ImageRejectedException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new ImageRejectedException("media.error.notAnImage");
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					throw new ImageRejectedException("media.error.notAnImage");
				}
				reader.setInput(input, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
					throw new ImageRejectedException("media.error.tooManyPixels");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new ImageRejectedException("media.error.unreadable");
		}
	}

	private static byte[] encode(BufferedImage image, int width, String format, boolean alpha) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).width(width).outputFormat(format);
		if (!alpha) {
			builder.imageType(BufferedImage.TYPE_INT_RGB).outputQuality(0.82);
		}
		builder.toOutputStream(out);
		return out.toByteArray();
	}

}
