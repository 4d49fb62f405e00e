package ma.oim.site.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ma.oim.site.users.AccountEvent.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions an account has open (Spring Session JDBC: every node's), for its owner to see
 * and end. A session is named on pages by a digest of its id, never by the id itself, which
 * is the cookie that opens it.
 */
@Service
public class AccountSessions {

	/** The session attribute holding the device it was opened from ({@link Devices}). */
	public static final String DEVICE = AccountSessions.class.getName() + ".device";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
	}

	/** One open session, as its owner sees it. */
	public record OpenSession(String handle, String device, Instant signedInAt, Instant lastActiveAt,
			boolean current) {

	}

	/** Newest activity first, the current one marked. */
	public List<OpenSession> of(String email, String currentSessionId) {
		return this.sessions.findByPrincipalName(email)
			.values()
			.stream()
			.filter((session) -> !session.isExpired())
			.map((session) -> new OpenSession(handle(session.getId()), session.getAttribute(DEVICE),
					session.getCreationTime(), session.getLastAccessedTime(), session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(OpenSession::current)
				.reversed()
				.thenComparing(OpenSession::lastActiveAt, Comparator.reverseOrder()))
			.toList();
	}

	/** Ends one of the account's other sessions; answers false when it has none by that handle. */
	@Transactional
	public boolean end(String email, String handle, String currentSessionId) {
		for (Map.Entry<String, ? extends Session> entry : this.sessions.findByPrincipalName(email).entrySet()) {
			if (handle(entry.getKey()).equals(handle) && !entry.getKey().equals(currentSessionId)) {
				Object device = entry.getValue().getAttribute(DEVICE);
				this.sessions.deleteById(entry.getKey());
				this.events.publishEvent(new AccountEvent(Kind.SESSION_ENDED, email, email, String.valueOf(device)));
				return true;
			}
		}
		return false;
	}

	/** "Sign out everywhere else": every session of the account but this one ends. */
	@Transactional
	public int endOthers(String email, String currentSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(email).keySet()) {
			if (!id.equals(currentSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		this.events.publishEvent(new AccountEvent(Kind.OTHER_SESSIONS_ENDED, email, email, "sessions ended: " + ended));
		return ended;
	}

	/** An administrator signs the account out everywhere. */
	@Transactional
	public int endAll(String email, String administrator) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(email).keySet()) {
			this.sessions.deleteById(id);
			ended++;
		}
		this.events.publishEvent(new AccountEvent(Kind.SESSIONS_ENDED_BY_ADMINISTRATOR, administrator, email,
				"sessions ended: " + ended));
		return ended;
	}

	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
