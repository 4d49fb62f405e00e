package ma.oim.site.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import ma.oim.site.users.AccountUnlocked;
import ma.oim.site.users.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * How many sign-in attempts a client address, an account and a known device may make:
 * token buckets (Bucket4j) kept in PostgreSQL, so that every node counts the same
 * attempts. Each kind of bucket has several tiers, each slower than the last, so that
 * the wait between attempts grows the longer the failures go on (seconds, then a minute
 * or two, then half an hour), and nothing is ever locked.
 * <p>
 * Attempts from a device that signed in to the account before (a valid device cookie)
 * are counted on their own bucket: strangers who exhaust the account's bucket do not
 * slow its owner down. A successful sign-in gives its tokens back, so only failures add
 * up.
 * <p>
 * Once a bucket refuses, the node remembers until when, and refuses the next attempts
 * without asking the database; and only a few checks reach the database at once: a
 * flood costs the pool at most {@link SignInProperties#concurrentLimitChecks()}
 * connections.
 */
@Component
class SignInThrottle {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	/** Answered when every database check is in use: try again in a second. */
	static final Duration BUSY = Duration.ofSeconds(1);

	private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(10);

	/** What is counted, and how fast its attempts may come. */
	enum Scope {

		/** Every attempt from an address that is not a known device. */
		ADDRESS("address:", tiers(limit(10, Duration.ofMinutes(1)), limit(30, Duration.ofMinutes(15)),
				limit(60, Duration.ofHours(2)), limit(120, Duration.ofDays(1)))),

		/** Every attempt on an account from a browser that is not one of its known devices. */
		ACCOUNT("account:", tiers(limit(5, Duration.ofMinutes(1)), limit(10, Duration.ofMinutes(15)),
				limit(20, Duration.ofHours(2)), limit(40, Duration.ofDays(1)))),

		/** Attempts from a known device of the account: room for typing mistakes only. */
		DEVICE("device:", tiers(limit(10, Duration.ofMinutes(1)), limit(20, Duration.ofHours(1))));

		final String prefix;

		final BucketConfiguration configuration;

		Scope(String prefix, BucketConfiguration configuration) {
			this.prefix = prefix;
			this.configuration = configuration;
		}

		/** Emails are hashed: keys stay short and printable, and the table names nobody. */
		String key(String value) {
			return (this == ACCOUNT) ? this.prefix + sha256(value) : this.prefix + value;
		}

	}

	/** The answer to an attempt. */
	sealed interface Decision permits Allowed, Refused {

	}

	/** Go ahead; {@code keys} were charged a token each. */
	record Allowed(List<String> keys) implements Decision {

	}

	/**
	 * Wait {@code retryAfter}. {@code key} is the bucket that refused (null when the
	 * node was too busy to check); {@code fresh} when the database said so just now,
	 * not the node's memory of an earlier refusal.
	 */
	record Refused(Duration retryAfter, String key, boolean fresh) implements Decision {

	}

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final Clock clock;

	private final Semaphore checks;

	/** Refusals known to this node, until they run out: no database work meanwhile. */
	private final Cache<String, Instant> refusedUntil = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofDays(1))
		.build();

	private final AtomicReference<Instant> nextCleanUp;

	SignInThrottle(DataSource dataSource, Clock clock, SignInProperties properties) {
		this.clock = clock;
		this.checks = new Semaphore(properties.concurrentLimitChecks());
		this.nextCleanUp = new AtomicReference<>(clock.instant().plus(CLEAN_UP_EVERY));
		this.buckets = buckets(dataSource, clock);
	}

	/** The buckets' table (V11), read with the application's clock; also used by {@link ResetThrottle}. */
	static PostgreSQLSelectForUpdateBasedProxyManager<String> buckets(DataSource dataSource, Clock clock) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("sign_in_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.clientClock(new ClockMeter(clock))
			.build();
	}

	/**
	 * Charges an attempt: to the known device when there is one, else to the account, when
	 * an email was typed, and then to the address. The account goes first, so that
	 * attempts it refuses are not charged to the address as well.
	 */
	Decision tryAttempt(String address, String account, String device) {
		List<String> keys = new ArrayList<>(2);
		if (device != null) {
			keys.add(Scope.DEVICE.key(device));
		}
		else {
			if (account != null) {
				keys.add(Scope.ACCOUNT.key(account));
			}
			keys.add(Scope.ADDRESS.key(address));
		}
		Instant now = this.clock.instant();
		Refused known = null;
		for (String key : keys) {
			Instant until = this.refusedUntil.getIfPresent(key);
			if (until != null && until.isAfter(now) && (known == null || until.isAfter(now.plus(known.retryAfter())))) {
				known = new Refused(Duration.between(now, until), key, false);
			}
		}
		if (known != null) {
			return known;
		}
		if (!this.checks.tryAcquire()) {
			return new Refused(BUSY, null, false);
		}
		try {
			List<String> charged = new ArrayList<>(2);
			for (String key : keys) {
				ConsumptionProbe probe = consume(key);
				if (!probe.isConsumed()) {
					Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
					this.refusedUntil.put(key, now.plus(wait));
					return new Refused(wait, key, true);
				}
				charged.add(key);
			}
			return new Allowed(charged);
		}
		finally {
			this.checks.release();
			cleanUpNow(now);
		}
	}

	/** A right password: the attempt's tokens go back, so that only failures add up. */
	void succeeded(Allowed attempt) {
		for (String key : attempt.keys()) {
			if (!key.startsWith(Scope.DEVICE.prefix)) {
				run(() -> bucket(key).addTokens(1));
			}
		}
	}

	/** An administrator lifted the account's throttling (on this node at once, on others as it runs out). */
	@EventListener
	void accountUnlocked(AccountUnlocked event) {
		String key = Scope.ACCOUNT.key(User.normalizeEmail(event.email()));
		run(() -> this.buckets.removeProxy(key));
		this.refusedUntil.invalidate(key);
	}

	private ConsumptionProbe consume(String key) {
		ConsumptionProbe[] probe = new ConsumptionProbe[1];
		run(() -> probe[0] = bucket(key).tryConsumeAndReturnRemaining(1));
		return probe[0];
	}

	private io.github.bucket4j.distributed.BucketProxy bucket(String key) {
		Scope scope = key.startsWith(Scope.DEVICE.prefix) ? Scope.DEVICE
				: key.startsWith(Scope.ACCOUNT.prefix) ? Scope.ACCOUNT : Scope.ADDRESS;
		return this.buckets.builder().build(key, () -> scope.configuration);
	}

	/** Buckets that would be full again are deleted now and then, by whichever node comes first. */
	private void cleanUpNow(Instant now) {
		Instant next = this.nextCleanUp.get();
		if (now.isAfter(next) && this.nextCleanUp.compareAndSet(next, now.plus(CLEAN_UP_EVERY))) {
			try {
				this.buckets.removeExpired(1000);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not delete expired sign-in buckets: {}", ex.getMessage());
			}
		}
	}

	/** Bucket4j's errors, when PostgreSQL is unreachable, become the site's "database unavailable" (503). */
	private static void run(Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			throw new DataAccessResourceFailureException("Sign-in rate limits unavailable", ex);
		}
	}

	static String sha256(String value) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BucketConfiguration tiers(LimitSpec... limits) {
		ConfigurationBuilder builder = BucketConfiguration.builder();
		for (LimitSpec limit : limits) {
			builder.addLimit(BandwidthBuilder.builder()
				.capacity(limit.attempts())
				.refillGreedy(limit.attempts(), limit.period())
				.build());
		}
		return builder.build();
	}

	private static LimitSpec limit(int attempts, Duration period) {
		return new LimitSpec(attempts, period);
	}

	private record LimitSpec(int attempts, Duration period) {
	}

	/** Bucket4j reads the application's clock (tests move it). */
	private record ClockMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
