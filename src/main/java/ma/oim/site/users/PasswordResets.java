package ma.oim.site.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import ma.oim.site.i18n.Language;
import ma.oim.site.mail.OutgoingMail;
import ma.oim.site.users.AccountEvent.Kind;
import ma.oim.site.web.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by email: a random token of 256 bits, sent as a link valid
 * {@value #VALID_MINUTES} minutes, kept only as its SHA-256 in PostgreSQL, used once (its
 * row is deleted by the statement that checks it). Whether the address has an account is
 * never told: the caller shows the same answer either way.
 */
@Service
public class PasswordResets {

	public static final int VALID_MINUTES = 30;

	public static final String PATH = "/login/reset";

	private static final Logger logger = LoggerFactory.getLogger(PasswordResets.class);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final UserService userService;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final SiteProperties site;

	private final Clock clock;

	/** One thread, a bounded queue: the rate limits keep it short. */
	private final ThreadPoolExecutor requests = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(100), (task) -> {
				Thread thread = new Thread(task, "password-resets");
				thread.setDaemon(true);
				return thread;
			});

	PasswordResets(JdbcClient jdbc, UserRepository users, UserService userService, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, TransactionTemplate transaction, SiteProperties site, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.userService = userService;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.transaction = transaction;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Sends a reset link when an enabled account has this address; does nothing otherwise.
	 * The work is done on a thread of its own, after the answer: the time of the answer
	 * says nothing of whether the account exists. The email leaves after the commit, in the
	 * account's language (the page's, when the account has none yet, which it keeps).
	 */
	public void request(String typedEmail, Language pageLanguage) {
		String email = User.normalizeEmail(typedEmail);
		try {
			this.requests.execute(() -> {
				try {
					send(email, pageLanguage);
				}
				catch (RuntimeException ex) {
					logger.error("Password reset for a typed address failed: {}", ex.getMessage());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			logger.error("Too many password reset requests waiting: one dropped");
		}
	}

	private void send(String email, Language pageLanguage) {
		this.transaction.executeWithoutResult((status) -> this.users.findByEmail(email)
			.filter(User::isEnabled)
			.ifPresent((user) -> {
				user.setLanguageIfNone(pageLanguage.code());
				this.users.save(user);
				String token = newToken();
				Instant now = this.clock.instant();
				// Expired links are useless; each new request clears them, so no job is needed.
				this.jdbc.sql("delete from password_reset_token where expires_at <= ?")
					.param(Timestamp.from(now))
					.update();
				this.jdbc
					.sql("insert into password_reset_token (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
					.params(hash(token), user.getId(), Timestamp.from(now),
							Timestamp.from(now.plus(Duration.ofMinutes(VALID_MINUTES))))
					.update();
				Language language = Language.fromCode(user.getLanguage()).orElse(pageLanguage);
				this.events.publishEvent(new OutgoingMail(user.getEmail(), language, "reset.mail.subject",
						"reset.mail.body", List.of(user.getDisplayName(), this.site.absolute(PATH + "?token=" + token),
								VALID_MINUTES)));
				this.events.publishEvent(new AccountEvent(Kind.PASSWORD_RESET_REQUESTED, null, user.getEmail(), null));
			}));
	}

	/** Whether the token opens a reset now (the form is shown); it is not used up by this. */
	public boolean isValid(String token) {
		if (!looksLikeToken(token)) {
			return false;
		}
		return this.jdbc.sql("select count(*) from password_reset_token where token_hash = ? and expires_at > ?")
			.params(hash(token), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sets the new password when the token is valid, using it up, ends every session of the
	 * account and tells its owner by email. Answers false, changing nothing, otherwise. The
	 * password is hashed before the transaction, which stays short.
	 */
	public boolean reset(String token, String newPassword) {
		if (!looksLikeToken(token)) {
			return false;
		}
		String passwordHash = this.passwordEncoder.encode(newPassword);
		Boolean done = this.transaction.execute((status) -> {
			Optional<Long> userId = this.jdbc
				.sql("delete from password_reset_token where token_hash = ? and expires_at > ? returning user_id")
				.params(hash(token), Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.optional();
			Optional<User> found = userId.flatMap(this.users::findById).filter(User::isEnabled);
			if (found.isEmpty()) {
				return false;
			}
			User user = found.get();
			this.jdbc.sql("delete from password_reset_token where user_id = ?").param(user.getId()).update();
			this.userService.passwordResetByEmail(user, passwordHash);
			Language language = Language.fromCode(user.getLanguage()).orElseGet(Language::record);
			this.events.publishEvent(new OutgoingMail(user.getEmail(), language, "reset.done.mail.subject",
					"reset.done.mail.body", List.of(user.getDisplayName())));
			return true;
		});
		return Boolean.TRUE.equals(done);
	}

	/** Tokens are 43 characters of base64url; anything else is refused before any query. */
	private static boolean looksLikeToken(String token) {
		return token != null && token.length() == 43 && token.chars()
			.allMatch((c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_');
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
