package ma.oim.site.contact;

import java.time.Duration;
import java.util.Optional;

import ma.oim.site.security.RateLimitBuckets;
import ma.oim.site.security.RateLimitBuckets.Limit;
import ma.oim.site.users.User;

import org.springframework.stereotype.Component;

/**
 * How many messages may be sent: per client address, {@value #PER_ADDRESS} in ten minutes
 * and {@value #PER_ADDRESS_PER_DAY} a day; per sender's email, {@value #PER_EMAIL} an hour.
 * Token buckets in PostgreSQL, shared by every node ({@link RateLimitBuckets}).
 */
@Component
class ContactThrottle {

	static final int PER_ADDRESS = 3;

	static final int PER_ADDRESS_PER_DAY = 10;

	static final int PER_EMAIL = 3;

	private static final Limit[] BY_ADDRESS = { new Limit(PER_ADDRESS, Duration.ofMinutes(10)),
			new Limit(PER_ADDRESS_PER_DAY, Duration.ofDays(1)) };

	private static final Limit[] BY_EMAIL = { new Limit(PER_EMAIL, Duration.ofHours(1)) };

	private final RateLimitBuckets buckets;

	ContactThrottle(RateLimitBuckets buckets) {
		this.buckets = buckets;
	}

	/** Empty when the message may be taken (a token is charged), else how long to wait. */
	Optional<Duration> tryMessage(String clientAddress, String email) {
		Optional<Duration> byAddress = this.buckets.tryTake("contact-address:" + clientAddress, BY_ADDRESS);
		if (byAddress.isPresent()) {
			return byAddress;
		}
		return this.buckets.tryTake("contact-email:" + RateLimitBuckets.hashed(User.normalizeEmail(email)), BY_EMAIL);
	}

}
