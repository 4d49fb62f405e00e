package ma.oim.site.security;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.security.SignInThrottle.Allowed;
import ma.oim.site.security.SignInThrottle.Decision;
import ma.oim.site.security.SignInThrottle.Refused;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's processing (and before its CSRF check, which reads the
 * session from the database): an attempt goes on only when its address, account or known
 * device may make one now, and when a password check is free on this node. Otherwise it
 * gets a 429 ({@link TooManyAttemptsPage}, after a delay during which no thread waits).
 * Attempts never queue for a password check, and the password hashes running at once stay
 * bounded, so a flood can take neither the database pool nor the threads of the public
 * pages with it. The user is read before the hash and the audit entry written after it,
 * each in its own short transaction: no database connection is held while hashing.
 */
final class SignInGuard extends OncePerRequestFilter {

	static final String ATTEMPT = SignInGuard.class.getName() + ".attempt";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private static final RequestMatcher PASSKEY_SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login/webauthn");

	private final SignInThrottle throttle;

	private final DeviceCookies devices;

	private final SignInAttempts attempts;

	private final TooManyAttemptsPage tooMany;

	private final PasskeySignIn passkeySignIn;

	private final Semaphore hashing;

	/** One more password check, kept for known devices: owners get in while strangers fill the others. */
	private final Semaphore knownDeviceHashing = new Semaphore(1);

	SignInGuard(SignInThrottle throttle, DeviceCookies devices, SignInAttempts attempts, TooManyAttemptsPage tooMany,
			PasskeySignIn passkeySignIn, SignInProperties properties) {
		this.throttle = throttle;
		this.devices = devices;
		this.attempts = attempts;
		this.tooMany = tooMany;
		this.passkeySignIn = passkeySignIn;
		this.hashing = new Semaphore(properties.concurrentHashes());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request) && !PASSKEY_SIGN_IN.matches(request);
	}

	/** A refused attempt is answered later (servlet async): it must never go on to the password check. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ASYNC) {
			return;
		}
		if (PASSKEY_SIGN_IN.matches(request)) {
			guardPasskeySignIn(request, response, chain);
			return;
		}
		String account = TypedEmail.of(request.getParameter("email")).orElse(null);
		String address = ClientAddress.of(request);
		String device = this.devices.knownDevice(request, account).orElse(null);
		Decision decision = this.throttle.tryAttempt(address, account, device);
		if (decision instanceof Refused refused) {
			if (refused.fresh()) {
				this.attempts.throttled(refused, account, address);
			}
			this.tooMany.refuse(request, response, refused.retryAfter(), refused.key() == null);
			return;
		}
		Semaphore permit = permit(device != null);
		if (permit == null) {
			this.tooMany.refuse(request, response, SignInThrottle.BUSY, true);
			return;
		}
		try {
			request.setAttribute(ATTEMPT, (Allowed) decision);
			chain.doFilter(request, response);
		}
		finally {
			permit.release();
		}
	}

	/**
	 * A passkey names no account before it is verified, so its attempts are counted on the
	 * client address alone; checking a signature is cheap, so no hashing permit is taken.
	 * The ceremony is JSON, so is the refusal.
	 */
	private void guardPasskeySignIn(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = ClientAddress.of(request);
		Decision decision = this.throttle.tryAttempt(address, null, null);
		if (decision instanceof Refused refused) {
			if (refused.fresh()) {
				this.attempts.throttled(refused, null, address);
			}
			this.passkeySignIn.tooManyAttempts(request, response, refused.retryAfter());
			return;
		}
		request.setAttribute(ATTEMPT, (Allowed) decision);
		chain.doFilter(request, response);
	}

	private Semaphore permit(boolean knownDevice) {
		if (this.hashing.tryAcquire()) {
			return this.hashing;
		}
		return (knownDevice && this.knownDeviceHashing.tryAcquire()) ? this.knownDeviceHashing : null;
	}

}
