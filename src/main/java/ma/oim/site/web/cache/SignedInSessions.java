package ma.oim.site.web.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a session cookie belongs to a signed-in editor, for the page cache: only they
 * skip it. A cookie that merely has the session cookie's name (an expired session, an
 * anonymous one, an invented value) still gets the cached page. The answer is one
 * indexed look-up of Spring Session's table (the principal's name is set there for a
 * signed-in session), remembered for a few seconds; a value that cannot be a session
 * id is answered without the database.
 */
@Component
class SignedInSessions {

	/** Spring Session's ids are UUIDs, sent Base64-encoded in the cookie. */
	private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final int MAX_COOKIE_LENGTH = 64;

	private final JdbcTemplate jdbc;

	private final Cache<String, Boolean> recent = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofSeconds(10))
		.build();

	SignedInSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean isSignedIn(String cookieValue) {
		String id = sessionId(cookieValue);
		if (id == null) {
			return false;
		}
		try {
			return this.recent.get(id, this::signedIn);
		}
		catch (DataAccessException ex) {
			// Without the database no one can be told apart: the request goes to the application.
			return true;
		}
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

	private boolean signedIn(String id) {
		return !this.jdbc.queryForList(
				"select 1 from spring_session where session_id = ? and principal_name is not null and expiry_time > ?",
				Integer.class, id, System.currentTimeMillis()).isEmpty();
	}

}
