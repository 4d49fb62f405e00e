package ma.oim.site.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ma.oim.site.users.AccountSessions;
import ma.oim.site.users.Devices;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The end of a passkey sign-in (Spring Security's {@code POST /login/webauthn}, JSON). A
 * verified passkey of a disabled account is refused like an unknown one; otherwise the
 * sign-in is recorded as a password one is (audit, device, known-device cookie). A refusal
 * is a 401 with a short localized message, whatever was wrong in what was sent: forged
 * origin, replayed or missing challenge, bad signature, unknown passkey.
 */
@Component
class PasskeySignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final UserService users;

	private final DeviceCookies devices;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final SignInThrottle throttle;

	PasskeySignIn(UserService users, DeviceCookies devices, MessageSource messages, LocaleResolver locales,
			SignInThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
		this.devices = devices;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		Optional<User> user = this.users.byEmail(authentication.getName()).filter(User::isEnabled);
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			refuse(request, response);
			return;
		}
		if (request.getAttribute(SignInGuard.ATTEMPT) instanceof SignInThrottle.Allowed attempt) {
			this.throttle.succeeded(attempt);
		}
		this.users.signedInWithPasskey(user.get().getEmail());
		this.devices.issue(request, response, user.get().getEmail());
		request.getSession().setAttribute(AccountSessions.DEVICE, Devices.describe(request.getHeader("User-Agent")));
		response.setContentType("application/json");
		response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"/admin\"}");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		refuse(request, response);
	}

	/** Too many passkey attempts from this client address: 429, said in the ceremony's JSON. */
	void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
			throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
		answer(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "passkey.signIn.throttled");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, HttpServletResponse.SC_UNAUTHORIZED, "passkey.signIn.refused");
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, int status, String code)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		String message = this.messages.getMessage(code, null, locale);
		response.getWriter().write("{\"authenticated\":false,\"error\":\"" + message.replace("\"", "'") + "\"}");
	}

}
