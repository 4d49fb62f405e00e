package ma.oim.site.web.cache;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import ma.oim.site.web.VisitorFields;

/**
 * A page rendered once with placeholders where each visitor's values go
 * ({@link VisitorFields}), cut into the text around them. The text parts are compressed
 * once, each on its own (the compressor starts afresh at every cut: a "full flush"), so
 * that a visitor's gzipped page is those parts with the visitor's values between them as
 * uncompressed ("stored") blocks, which costs a checksum rather than a compression per
 * request (RFC 1951, section 3.2.4; RFC 1952 for the gzip frame).
 */
final class PageWithFields {

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/** Longest stored block: its length is written on two bytes. */
	private static final int STORED_BLOCK = 65_535;

	private final VisitorFields fields;

	/** The text before, between and after the placeholders. */
	private final List<byte[]> parts;

	/** The placeholder after each part but the last. */
	private final List<String> holes;

	/** Each part compressed on its own; the last one ends the stream. */
	private final List<byte[]> compressedParts;

	private PageWithFields(VisitorFields fields, List<byte[]> parts, List<String> holes) {
		this.fields = fields;
		this.parts = parts;
		this.holes = holes;
		this.compressedParts = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			this.compressedParts.add(deflate(parts.get(i), i == parts.size() - 1));
		}
	}

	/** The page cut at every occurrence of the fields' placeholders. */
	static PageWithFields of(byte[] page, VisitorFields fields) {
		String text = new String(page, StandardCharsets.UTF_8);
		List<byte[]> parts = new ArrayList<>();
		List<String> holes = new ArrayList<>();
		int from = 0;
		while (true) {
			int next = -1;
			String found = null;
			for (String placeholder : fields.placeholders()) {
				int at = text.indexOf(placeholder, from);
				if (at >= 0 && (next < 0 || at < next)) {
					next = at;
					found = placeholder;
				}
			}
			if (found == null) {
				parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
				return new PageWithFields(fields, parts, holes);
			}
			parts.add(text.substring(from, next).getBytes(StandardCharsets.UTF_8));
			holes.add(found);
			from = next + found.length();
		}
	}

	VisitorFields fields() {
		return this.fields;
	}

	/** The page with these values, as it is sent plain. */
	byte[] plain(Map<String, String> values) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(size() + 256);
		for (int i = 0; i < this.parts.size(); i++) {
			out.writeBytes(this.parts.get(i));
			if (i < this.holes.size()) {
				out.writeBytes(value(values, i));
			}
		}
		return out.toByteArray();
	}

	/** The page with these values, gzipped. */
	byte[] gzipped(Map<String, String> values) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(size() / 3 + 512);
		CRC32 checksum = new CRC32();
		long length = 0;
		out.writeBytes(GZIP_HEADER);
		for (int i = 0; i < this.parts.size(); i++) {
			byte[] part = this.parts.get(i);
			checksum.update(part);
			length += part.length;
			out.writeBytes(this.compressedParts.get(i));
			if (i < this.holes.size()) {
				byte[] value = value(values, i);
				checksum.update(value);
				length += value.length;
				writeStored(value, out);
			}
		}
		writeIntLittleEndian((int) checksum.getValue(), out);
		writeIntLittleEndian((int) length, out);
		return out.toByteArray();
	}

	int weight() {
		return this.parts.stream().mapToInt((part) -> part.length).sum()
				+ this.compressedParts.stream().mapToInt((part) -> part.length).sum() + 200;
	}

	private int size() {
		return this.parts.stream().mapToInt((part) -> part.length).sum();
	}

	private byte[] value(Map<String, String> values, int hole) {
		String value = values.get(this.holes.get(hole));
		if (value == null) {
			throw new IllegalStateException("No value for " + this.holes.get(hole));
		}
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Raw deflate of one part; a part that does not end the stream ends on a full flush,
	 * at a byte boundary with nothing it refers back to, so anything may follow it.
	 */
	private static byte[] deflate(byte[] part, boolean last) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		try {
			deflater.setInput(part);
			if (last) {
				deflater.finish();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(part.length / 3 + 64);
			byte[] buffer = new byte[8192];
			while (true) {
				int written = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
				out.write(buffer, 0, written);
				if (last ? deflater.finished() : written < buffer.length) {
					return out.toByteArray();
				}
			}
		}
		finally {
			deflater.end();
		}
	}

	/** Stored blocks, not final: a header byte (BFINAL 0, BTYPE 00), the length and its complement, the bytes. */
	private static void writeStored(byte[] value, ByteArrayOutputStream out) {
		int from = 0;
		do {
			int length = Math.min(STORED_BLOCK, value.length - from);
			out.write(0);
			out.write(length & 0xff);
			out.write(length >>> 8);
			out.write(~length & 0xff);
			out.write((~length >>> 8) & 0xff);
			out.write(value, from, length);
			from += length;
		}
		while (from < value.length);
	}

	private static void writeIntLittleEndian(int value, ByteArrayOutputStream out) {
		out.write(value & 0xff);
		out.write((value >>> 8) & 0xff);
		out.write((value >>> 16) & 0xff);
		out.write((value >>> 24) & 0xff);
	}

}
