package ma.oim.site.security;

import java.time.Duration;
import java.util.Optional;

import ma.oim.site.security.RateLimitBuckets.Limit;

import org.springframework.stereotype.Component;

/**
 * How many password reset links may be asked for: per typed address (whether or not an
 * account has it, so the limit tells nothing), at most {@value #PER_ADDRESS_PER_HOUR} an
 * hour, which bounds the emails anyone can make the site send to one inbox; and per client
 * address, a few a minute. Token buckets in PostgreSQL ({@link RateLimitBuckets}), so
 * that every node counts the same requests.
 */
@Component
class ResetThrottle {

	static final int PER_ADDRESS_PER_HOUR = 3;

	private static final Limit[] PER_EMAIL = { new Limit(PER_ADDRESS_PER_HOUR, Duration.ofHours(1)) };

	private static final Limit[] PER_CLIENT = { new Limit(5, Duration.ofMinutes(1)), new Limit(20, Duration.ofHours(1)) };

	private final RateLimitBuckets buckets;

	ResetThrottle(RateLimitBuckets buckets) {
		this.buckets = buckets;
	}

	/** Empty when the request may go on (a token is charged to each), else how long to wait. */
	Optional<Duration> tryRequest(String clientAddress, String email) {
		Optional<Duration> byClient = this.buckets.tryTake("reset-address:" + clientAddress, PER_CLIENT);
		if (byClient.isPresent()) {
			return byClient;
		}
		return this.buckets.tryTake("reset-account:" + SignInThrottle.sha256(email), PER_EMAIL);
	}

}
