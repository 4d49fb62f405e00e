package ma.oim.site.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page, kept as it is sent: plain and gzipped once, with its entity tag and
 * the headers it was rendered with (content type, and the security headers that Spring
 * Security wrote: a page served from the cache never runs Spring Security again).
 * A page that carries its visitor's values is kept as {@link PageWithFields} instead.
 *
 * @param locale what the rendering gave {@code setLocale} (sent as Content-Language), or null
 */
record CachedPage(List<Header> headers, Locale locale, byte[] plain, byte[] gzipped, String etag,
		PageWithFields withFields) {

	record Header(String name, String value) {
	}

	static CachedPage of(byte[] body, List<Header> headers, Locale locale) {
		return new CachedPage(List.copyOf(headers), locale, body, gzip(body), etag(body), null);
	}

	/** A page that carries its visitor's values: no body of its own nor entity tag, its parts only. */
	static CachedPage of(PageWithFields page, List<Header> headers, Locale locale) {
		return new CachedPage(List.copyOf(headers), locale, new byte[0], new byte[0], null, page);
	}

	int weight() {
		return this.plain.length + this.gzipped.length + 200 + ((this.withFields != null) ? this.withFields.weight() : 0)
				+ this.headers.stream().mapToInt((header) -> header.name().length() + header.value().length()).sum();
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Weak: the plain and gzipped bodies are the same page. */
	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
