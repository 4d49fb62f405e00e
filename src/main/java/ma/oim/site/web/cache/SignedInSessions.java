package ma.oim.site.web.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a session cookie belongs to a signed-in editor, for the page cache: only they
 * skip it. A cookie that merely has the session cookie's name (an expired session, an
 * anonymous one, an invented value) still gets the cached page, and costs no query: the
 * node keeps the ids of the signed-in sessions (a few, one per editor), read from Spring
 * Session's table again when an id it does not know comes, at most once a second however
 * many come. A session signed in on any node is recognised within that second.
 */
@Component
class SignedInSessions {

	static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(1);

	/** Spring Session's ids are UUIDs, sent Base64-encoded in the cookie. */
	private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final int MAX_COOKIE_LENGTH = 64;

	private final JdbcTemplate jdbc;

	private volatile Set<String> signedIn = Set.of();

	/** {@link System#nanoTime()} from which the ids may be read again. */
	private final AtomicLong nextRead = new AtomicLong(System.nanoTime());

	SignedInSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean isSignedIn(String cookieValue) {
		String id = sessionId(cookieValue);
		if (id == null) {
			return false;
		}
		if (this.signedIn.contains(id)) {
			return true;
		}
		return readAgain() && this.signedIn.contains(id);
	}

	static String sessionId(String cookieValue) {
		if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > MAX_COOKIE_LENGTH) {
			return null;
		}
		try {
			String id = new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.ISO_8859_1);
			return SESSION_ID.matcher(id).matches() ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** One request reads the ids again when the second has passed; the others go on with what is known. */
	private boolean readAgain() {
		long now = System.nanoTime();
		long next = this.nextRead.get();
		if (now - next < 0 || !this.nextRead.compareAndSet(next, now + READ_AGAIN_AFTER.toNanos())) {
			return false;
		}
		try {
			this.signedIn = Set.copyOf(this.jdbc.queryForList(
					"select session_id from spring_session where principal_name is not null and expiry_time > ?",
					String.class, System.currentTimeMillis()));
			return true;
		}
		catch (DataAccessException ex) {
			// The page cache stops serving anyway while the database is unreachable.
			return false;
		}
	}

}
