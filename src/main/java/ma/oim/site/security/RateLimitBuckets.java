package ma.oim.site.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) in the sign-in throttle's table (V11), for the site's other
 * limits: reset links, contact messages. Every node counts the same requests; the
 * sign-in throttle deletes the rows that would be full again, whoever made them.
 */
@Component
public class RateLimitBuckets {

	/** At most {@code count} in any {@code period}. */
	public record Limit(int count, Duration period) {
	}

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	RateLimitBuckets(DataSource dataSource, Clock clock) {
		this.buckets = SignInThrottle.buckets(dataSource, clock);
	}

	/**
	 * Takes a token from the bucket {@code key}, made with {@code limits} if it has none
	 * yet: empty when one was left, else how long until there is one.
	 */
	public Optional<Duration> tryTake(String key, Limit... limits) {
		try {
			ConsumptionProbe probe = this.buckets.builder()
				.build(key, () -> configuration(limits))
				.tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? Optional.empty()
					: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		catch (RuntimeException ex) {
			throw new DataAccessResourceFailureException("Rate limits unavailable", ex);
		}
	}

	/** A short, printable key part for a value that should not be stored as it is (an email). */
	public static String hashed(String value) {
		return SignInThrottle.sha256(value);
	}

	private static BucketConfiguration configuration(Limit... limits) {
		ConfigurationBuilder builder = BucketConfiguration.builder();
		for (Limit limit : limits) {
			builder.addLimit(
					BandwidthBuilder.builder().capacity(limit.count()).refillGreedy(limit.count(), limit.period()).build());
		}
		return builder.build();
	}

}
