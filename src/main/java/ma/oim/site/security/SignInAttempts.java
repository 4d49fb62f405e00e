package ma.oim.site.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ma.oim.site.security.SignInThrottle.Refused;
import ma.oim.site.security.SignInThrottle.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the audit log keeps of throttled sign-ins ({@link SignInThrottled}): the moment an
 * address or an account starts being slowed down, once per quarter of an hour and node,
 * not every refused attempt (a flood would make the audit log its bottleneck). Failed and successful
 * sign-ins are recorded by the users' service, one entry each: they are bounded by the
 * throttle.
 */
@Component
class SignInAttempts {

	static final Duration QUIET = Duration.ofMinutes(15);

	private final ApplicationEventPublisher events;

	private final Cache<String, Boolean> recorded = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(QUIET)
		.build();

	SignInAttempts(ApplicationEventPublisher events) {
		this.events = events;
	}

	void throttled(Refused refused, String account, String address) {
		if (this.recorded.asMap().putIfAbsent(refused.key(), Boolean.TRUE) != null) {
			return;
		}
		String wait = "retry after " + Math.max(1, refused.retryAfter().toSeconds()) + " s";
		if (refused.key().startsWith(Scope.ACCOUNT.prefix)) {
			announce(new SignInThrottled(account, address, false,
					"account, attempts from browsers unknown to it; last from " + address + ", " + wait));
		}
		else if (refused.key().startsWith(Scope.ADDRESS.prefix)) {
			announce(new SignInThrottled(account, address, true,
					"address, last attempt for " + ((account != null) ? account : "no account") + ", " + wait));
		}
		else {
			announce(new SignInThrottled(account, address, false, "known device, from " + address + ", " + wait));
		}
	}

	private void announce(SignInThrottled throttled) {
		this.events.publishEvent(throttled);
	}

}
