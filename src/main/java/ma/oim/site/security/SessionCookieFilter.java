package ma.oim.site.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides, from Spring Session, a session cookie whose value cannot be a session id (the
 * Base64 of a UUID): looked up as it is, a value holding a NUL byte made PostgreSQL
 * refuse the statement, a 500. The request goes on as a visitor's without a session.
 */
class SessionCookieFilter extends OncePerRequestFilter {

	private static final Pattern SESSION_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final String sessionCookie;

	SessionCookieFilter(String sessionCookie) {
		this.sessionCookie = sessionCookie;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || Arrays.stream(cookies).allMatch(this::isPossibleSession)) {
			chain.doFilter(request, response);
			return;
		}
		Cookie[] kept = Arrays.stream(cookies).filter(this::isPossibleSession).toArray(Cookie[]::new);
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Cookie[] getCookies() {
				return (kept.length > 0) ? kept.clone() : null;
			}
		}, response);
	}

	private boolean isPossibleSession(Cookie cookie) {
		return !this.sessionCookie.equals(cookie.getName()) || isSessionId(cookie.getValue());
	}

	static boolean isSessionId(String cookieValue) {
		if (cookieValue == null || cookieValue.length() != 48) {
			return false;
		}
		try {
			String id = new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.ISO_8859_1);
			return SESSION_ID.matcher(id).matches();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
