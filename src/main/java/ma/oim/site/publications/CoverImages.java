package ma.oim.site.publications;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * A cover the editor gives, as visitors get it: recognised by its content (JPEG or PNG),
 * its size read from its header before any pixel is decoded, decoded subsampled (never
 * more than about {@value #DECODED_WIDTH} pixels wide in memory), drawn
 * {@value PdfDocuments#COVER_WIDTH} pixels wide and written as a new JPEG: no metadata of
 * the original (camera, place) survives.
 */
@Component
class CoverImages {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Larger images are refused from their header. */
	static final long MAX_PIXELS = 50_000_000L;

	/** Pixels decoded across, at most about this many: subsampling keeps the memory small. */
	static final int DECODED_WIDTH = 1600;

	private static final Set<String> FORMATS = Set.of("jpeg", "png");

	/** @throws DocumentRejectedException not a JPEG or PNG, too large, or unreadable */
	byte[] cover(byte[] upload) throws DocumentRejectedException {
		if (upload.length == 0) {
			throw new DocumentRejectedException("publication.file.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new DocumentRejectedException("publication.cover.tooLarge");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new DocumentRejectedException("publication.cover.notAnImage");
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
					throw new DocumentRejectedException("publication.cover.notAnImage");
				}
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
					throw new DocumentRejectedException("publication.cover.tooLarge");
				}
				ImageReadParam parameters = reader.getDefaultReadParam();
				int step = Math.max(1, width / DECODED_WIDTH);
				parameters.setSourceSubsampling(step, step, 0, 0);
				BufferedImage decoded = reader.read(0, parameters);
				int coverWidth = Math.min(PdfDocuments.COVER_WIDTH, decoded.getWidth());
				int coverHeight = Math.max(1, Math.round((float) decoded.getHeight() * coverWidth / decoded.getWidth()));
				BufferedImage cover = new BufferedImage(coverWidth, coverHeight, BufferedImage.TYPE_INT_RGB);
				Graphics2D graphics = cover.createGraphics();
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, coverWidth, coverHeight);
				graphics.drawImage(decoded, 0, 0, coverWidth, coverHeight, null);
				graphics.dispose();
				ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
				ImageIO.write(cover, "jpeg", jpeg);
				return jpeg.toByteArray();
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentRejectedException("publication.cover.unreadable");
		}
	}

}
