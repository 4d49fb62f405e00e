package ma.oim.site.publications;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files' bytes in PostgreSQL, in chunks of {@value #CHUNK_SIZE} bytes: written and read a
 * chunk at a time, so neither an upload nor a download ever holds a whole file in memory,
 * and every node serves every file.
 */
@Component
class DocumentStore {

	static final int CHUNK_SIZE = 1024 * 1024;

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the bytes of a file (in the caller's transaction); answers their SHA-256, in hex. */
	String write(long fileId, InputStream content) throws IOException {
		MessageDigest sha256 = sha256();
		try (InputStream in = new DigestInputStream(content, sha256)) {
			byte[] buffer = new byte[CHUNK_SIZE];
			int position = 0;
			int read;
			while ((read = in.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
				byte[] chunk = (read == CHUNK_SIZE) ? buffer : java.util.Arrays.copyOf(buffer, read);
				this.jdbc.sql("insert into publication_file_chunk (file_id, position, bytes) values (?, ?, ?)")
					.params(fileId, position++, chunk)
					.update();
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	/**
	 * Copies a file's bytes to {@code out}, a chunk (one statement) at a time.
	 * @return false when a chunk is missing (the file was replaced or deleted meanwhile)
	 */
	boolean copy(long fileId, long size, OutputStream out) throws IOException {
		long chunks = (size + CHUNK_SIZE - 1) / CHUNK_SIZE;
		for (int position = 0; position < chunks; position++) {
			byte[] chunk = this.jdbc.sql("select bytes from publication_file_chunk where file_id = ? and position = ?")
				.params(fileId, position)
				.query(byte[].class)
				.optional()
				.orElse(null);
			if (chunk == null) {
				return false;
			}
			out.write(chunk);
		}
		return true;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
