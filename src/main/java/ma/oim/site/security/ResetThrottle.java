package ma.oim.site.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * How many password reset links may be asked for: per typed address (whether or not an
 * account has it, so the limit tells nothing), at most {@value #PER_ADDRESS_PER_HOUR} an
 * hour, which bounds the emails anyone can make the site send to one inbox; and per client
 * address, a few a minute. Token buckets (Bucket4j) in PostgreSQL, in the sign-in
 * throttle's table, so that every node counts the same requests.
 */
@Component
class ResetThrottle {

	static final int PER_ADDRESS_PER_HOUR = 3;

	private static final BucketConfiguration PER_EMAIL = BucketConfiguration.builder()
		.addLimit(BandwidthBuilder.builder()
			.capacity(PER_ADDRESS_PER_HOUR)
			.refillGreedy(PER_ADDRESS_PER_HOUR, Duration.ofHours(1))
			.build())
		.build();

	private static final BucketConfiguration PER_CLIENT = BucketConfiguration.builder()
		.addLimit(BandwidthBuilder.builder().capacity(5).refillGreedy(5, Duration.ofMinutes(1)).build())
		.addLimit(BandwidthBuilder.builder().capacity(20).refillGreedy(20, Duration.ofHours(1)).build())
		.build();

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	ResetThrottle(DataSource dataSource, Clock clock) {
		this.buckets = SignInThrottle.buckets(dataSource, clock);
	}

	/** Empty when the request may go on (a token is charged to each), else how long to wait. */
	Optional<Duration> tryRequest(String clientAddress, String email) {
		Optional<Duration> byClient = consume("reset-address:" + clientAddress, PER_CLIENT);
		if (byClient.isPresent()) {
			return byClient;
		}
		return consume("reset-account:" + SignInThrottle.sha256(email), PER_EMAIL);
	}

	private Optional<Duration> consume(String key, BucketConfiguration configuration) {
		try {
			ConsumptionProbe probe = this.buckets.builder()
				.build(key, () -> configuration)
				.tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? Optional.empty()
					: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		catch (RuntimeException ex) {
			throw new DataAccessResourceFailureException("Reset rate limits unavailable", ex);
		}
	}

}
