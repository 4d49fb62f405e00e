package ma.oim.site.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/** Image files made for the upload tests: real photos, bombs and impostors. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg(int width, int height) {
		return encode(image(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
	}

	public static byte[] png(int width, int height) {
		return encode(image(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	/** A JPEG whose EXIF says where it was taken (33°35'N), as a phone photo would. */
	public static byte[] jpegWithGpsExif(int width, int height) {
		return withExif(jpeg(width, height), gpsTiff());
	}

	/**
	 * A JPEG whose EXIF says how to turn it (6: a quarter turn clockwise, as a phone held
	 * upright writes it).
	 */
	public static byte[] jpegWithOrientation(int width, int height, int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		return withExif(jpeg(width, height), tiff.array());
	}

	private static byte[] withExif(byte[] jpeg, byte[] tiff) {
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.writeBytes(app1.array());
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A valid PNG header declaring 100,000 × 100,000 pixels: a decompression bomb. */
	public static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A real, fully decodable PNG of 16-bit RGBA pixels, all transparent black: its zeros
	 * compress to almost nothing (7000 × 7000 is about 381 KB) but decode to 8 bytes a pixel.
	 */
	public static byte[] png16BitRgba(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		byte[] row = new byte[1 + width * 8];
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
			for (int y = 0; y < height; y++) {
				deflate.write(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		chunk(out, "IDAT", pixels.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A PNG whose text chunks name its author and software and hold a GPS position, as some
	 * editing tools write them, inserted before its pixels.
	 */
	public static byte[] pngWithTextMetadata(int width, int height) {
		byte[] png = png(width, height);
		// The signature (8 bytes) and IHDR (25 bytes) come first; the text chunks follow them.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		chunk(out, "tEXt", "Author\0Jane Photographer".getBytes(StandardCharsets.ISO_8859_1));
		chunk(out, "tEXt", "Software\0Secret Editor 9".getBytes(StandardCharsets.ISO_8859_1));
		chunk(out, "tEXt", ("GPSLatitude" + "\0" + "33.5833 N").getBytes(StandardCharsets.ISO_8859_1));
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	/**
	 * A JPEG that compresses as a photo does: light and shade with grain a few pixels wide,
	 * which survives resizing (a flat drawing, or grain of single pixels that resizing
	 * averages away, would make every rendition far lighter than a real photo's: this one's
	 * 480-pixel WebP is about 28 KB, its JPEG about 33 KB).
	 */
	public static byte[] photo(int width, int height, long seed) {
		java.util.Random random = new java.util.Random(seed);
		int cell = 4;
		int[][] grain = new int[height / cell + 1][width / cell + 1];
		for (int[] row : grain) {
			for (int i = 0; i < row.length; i++) {
				row[i] = random.nextInt(65) - 32;
			}
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double light = 0.5 + 0.5 * Math.sin(x / (width / 5.0) + seed) * Math.cos(y / (height / 3.0));
				int noise = grain[y / cell][x / cell];
				int red = clamp((int) (40 + 150 * light) + noise);
				int green = clamp((int) (70 + 110 * light) + noise / 2);
				int blue = clamp((int) (120 + 90 * (1 - light)) - noise / 2);
				image.setRGB(x, y, (red << 16) | (green << 8) | blue);
			}
		}
		return encode(image, "jpg");
	}

	/** A JPEG whose left half is one colour and right half another: which part a crop kept shows. */
	public static byte[] halves(int width, int height, Color left, Color right) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(left);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(right);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return encode(image, "jpg");
	}

	private static int clamp(int channel) {
		return Math.max(0, Math.min(255, channel));
	}

	/** Not an image at all, whatever its name says. */
	public static byte[] textRenamedJpg() {
		return "%PDF-1.4 this is a document, not a photo\n".repeat(20).getBytes(StandardCharsets.US_ASCII);
	}

	private static BufferedImage image(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0, 51, 160));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** TIFF (little-endian): IFD0 with a GPSInfo pointer, a GPS IFD with latitude 33°35'0" N. */
	private static byte[] gpsTiff() {
		ByteBuffer tiff = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
		tiff.putInt(0);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(33).putInt(1).putInt(35).putInt(1).putInt(0).putInt(1);
		return tiff.array();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
