package ma.oim.site.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands just before Spring Security's passkey sign-in: what it cannot read and does not
 * refuse itself (a JSON {@code null}, which its builders reject with an
 * IllegalArgumentException) is refused like any other bad passkey, a 401, never a 500.
 */
final class PasskeySignInErrors extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login/webauthn");

	private final PasskeySignIn handler;

	PasskeySignInErrors(PasskeySignIn handler) {
		this.handler = handler;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			this.handler.onAuthenticationFailure(request, response, new BadCredentialsException(ex.getMessage(), ex));
		}
	}

}
