package ma.oim.site.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the sign-in form ({@code oim.sign-in.*}, or {@code OIM_SIGN_IN_*}).
 *
 * @param concurrentHashes passwords checked at once on a node (Argon2, 16 MiB and about
 * 50 ms of a core each); attempts beyond it are refused at once with 429
 * @param concurrentLimitChecks rate-limit reads and writes in PostgreSQL at once on a node,
 * so that a flood can take at most these connections from the pool
 * @param deviceCookieLifetime how long a browser that signed in stays a known device
 * @param refusalDelay how long a refused attempt waits for its 429, without holding a
 * thread: a client that sends its next attempt only once answered (most floods) is slowed
 * to one attempt per connection and delay
 * @param maxDelayedRefusals refusals waiting at once on a node; beyond, they are answered
 * at once, so that waiting connections can never crowd out the visitors'
 */
@ConfigurationProperties("oim.sign-in")
record SignInProperties(@DefaultValue("2") int concurrentHashes, @DefaultValue("4") int concurrentLimitChecks,
		@DefaultValue("365d") Duration deviceCookieLifetime, @DefaultValue("1s") Duration refusalDelay,
		@DefaultValue("1000") int maxDelayedRefusals) {

}
