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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks an upload by its content (never its name), refuses decompression bombs before
 * decoding, then re-encodes it into resized variants. Re-encoding writes only pixels:
 * EXIF, GPS position and camera data of the original are gone.
 *
 * <p>A file's size says nothing of the memory its pixels take once decoded (a 381 KB PNG
 * can hold 392 MB of 16-bit pixels), so the memory a decode needs is computed from the
 * header first, and decodes share a budget of megabytes: one image that needs more than
 * the whole budget is refused, and several large ones wait for each other instead of
 * exhausting the heap together.
 */
@Component
public class ImageProcessor {

	private static final Logger logger = LoggerFactory.getLogger(ImageProcessor.class);

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Bounds read from the header, before any pixel is decoded. */
	static final int MAX_SIDE = 12_000;

	static final long MAX_PIXELS = 50_000_000L;

	static final int[] WIDTHS = { 480, 960, 1600 };

	/** A photo is read one pixel in n a side only while this leaves it this wide at least. */
	static final int MIN_DECODED_WIDTH = 1400;

	private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");

	/**
	 * Bytes per pixel of the working copy that resizing draws into (packed RGB or ARGB
	 * ints), held at the same time as the decoded image.
	 */
	static final int WORKING_COPY_BYTES_PER_PIXEL = 4;

	/** Default decode budget: a node's megabytes for decoded pixels, all uploads together. */
	public static final int DEFAULT_DECODE_MEGABYTES = 200;

	/** How long an upload waits for other decodes to give back their memory. */
	private static final long WAIT_SECONDS = 20;

	private final int budgetMegabytes;

	private final Semaphore decodeMegabytes;

	/** A re-encoded image: its variants, widest last. */
	public record Processed(int width, int height, String contentType, List<Variant> variants) {
	}

	public record Variant(int width, byte[] bytes) {
	}

	public ImageProcessor() {
		this(DEFAULT_DECODE_MEGABYTES);
	}

	/**
	 * @param decodeMegabytes memory for decoded pixels on this node, every upload together;
	 * never more than half the heap
	 */
	@Autowired
	public ImageProcessor(@Value("${oim.media.decode-megabytes:" + DEFAULT_DECODE_MEGABYTES + "}") int decodeMegabytes) {
		long halfHeap = Runtime.getRuntime().maxMemory() / 2 / (1024 * 1024);
		this.budgetMegabytes = (int) Math.max(1, Math.min(decodeMegabytes, halfHeap));
		this.decodeMegabytes = new Semaphore(this.budgetMegabytes, true);
	}

	int budgetMegabytes() {
		return this.budgetMegabytes;
	}

	public Processed process(byte[] upload) throws ImageRejectedException {
		if (upload == null || upload.length == 0) {
			throw new ImageRejectedException("media.error.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new ImageRejectedException("media.error.tooLarge");
		}
		int megabytes = megabytes(decodedBytes(upload));
		if (megabytes > this.budgetMegabytes) {
			throw new ImageRejectedException("media.error.tooMuchMemory");
		}
		acquire(megabytes);
		try {
			return decodeAndEncode(upload);
		}
		catch (OutOfMemoryError ex) {
			// The budget is an estimate: should a decode still run out of memory, the upload is refused, not the request.
			logger.warn("Refused an image of {} bytes: out of memory while decoding it", upload.length);
			throw new ImageRejectedException("media.error.tooMuchMemory");
		}
		finally {
			this.decodeMegabytes.release(megabytes);
		}
	}

	private void acquire(int megabytes) throws ImageRejectedException {
		try {
			if (!this.decodeMegabytes.tryAcquire(megabytes, WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new ImageRejectedException("media.error.busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ImageRejectedException("media.error.busy");
		}
	}

	private static int megabytes(long bytes) {
		return (int) Math.min(Integer.MAX_VALUE, (bytes + 1024 * 1024 - 1) / (1024 * 1024));
	}

	/**
	 * Decodes the first frame, one pixel in {@link #subsampling n} a side for a photo at
	 * least twice as wide as the widest variant (so a phone's 12 megapixels take a quarter
	 * of their memory), turns it as its EXIF orientation says (the decoder does not), then
	 * re-encodes the variants.
	 */
	private static Processed decodeAndEncode(byte[] upload) throws ImageRejectedException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			try {
				reader.setInput(input, true, false);
				Orientation orientation = orientation(reader);
				ImageReadParam read = reader.getDefaultReadParam();
				int step = subsampling(reader.getFormatName(), reader.getWidth(0), reader.getHeight(0), orientation);
				read.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, read);
				if (orientation != null && orientation != Orientation.TOP_LEFT) {
					image = ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
				}
				return variants(image);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new ImageRejectedException("media.error.unreadable");
		}
	}

	private static Processed variants(BufferedImage image) throws IOException {
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

	/**
	 * How many pixels a side make one when decoding a photo (JPEG): the most that leave it
	 * at least {@value #MIN_DECODED_WIDTH} pixels wide as it is shown (a photo taken upright
	 * is shown as wide as it is high), so that the widest variant loses next to nothing.
	 * Drawings and logos (PNG, WebP) are decoded whole, so that their lines stay sharp.
	 */
	static int subsampling(String format, long width, long height, Orientation orientation) {
		if (!isPhoto(format)) {
			return 1;
		}
		long shownWidth = turnsSideways(orientation) ? height : width;
		return (int) Math.max(1, shownWidth / MIN_DECODED_WIDTH);
	}

	/** What a photo's EXIF says of how to turn it; null for other images, which have none. */
	private static Orientation orientation(ImageReader reader) throws IOException {
		return isPhoto(reader.getFormatName()) ? ExifUtils.getExifOrientation(reader, 0) : null;
	}

	private static boolean isPhoto(String format) {
		return "jpeg".equalsIgnoreCase(format);
	}

	/** Orientations 5 to 8 turn the picture a quarter, so its width is shown as its height. */
	private static boolean turnsSideways(Orientation orientation) {
		return orientation == Orientation.LEFT_TOP || orientation == Orientation.RIGHT_TOP
				|| orientation == Orientation.RIGHT_BOTTOM || orientation == Orientation.LEFT_BOTTOM;
	}

	/**
	 * The format from the file's first bytes, its dimensions and pixel layout from its
	 * header (no pixel is decoded), and from them the memory that decoding it takes: the
	 * decoded image at its own depth (16-bit channels take twice the bytes of 8-bit ones),
	 * subsampled as {@link #decodeAndEncode} reads it, and the working copy it is resized
	 * from. Only the first frame is ever decoded.
	 */
	static long decodedBytes(byte[] upload) throws ImageRejectedException {
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
				reader.setInput(input, true, false);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
					throw new ImageRejectedException("media.error.tooManyPixels");
				}
				long step = subsampling(reader.getFormatName(), width, height, orientation(reader));
				long decoded = ((width + step - 1) / step) * ((height + step - 1) / step);
				return decoded * (bytesPerPixel(reader) + WORKING_COPY_BYTES_PER_PIXEL);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new ImageRejectedException("media.error.unreadable");
		}
	}

	/** From the header's declared layout: bits per pixel, or bands times the bits of their samples. */
	private static int bytesPerPixel(ImageReader reader) throws IOException {
		int bits = 0;
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		while (types != null && types.hasNext()) {
			ImageTypeSpecifier type = types.next();
			int bands = type.getSampleModel().getNumBands();
			int sampleBits = 0;
			for (int band = 0; band < bands; band++) {
				sampleBits += type.getSampleModel().getSampleSize(band);
			}
			bits = Math.max(bits, Math.max(sampleBits, type.getColorModel().getPixelSize()));
		}
		// A reader that cannot tell is assumed to decode into 16-bit RGBA, the deepest.
		return (bits > 0) ? (bits + 7) / 8 : 8;
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
