package ma.oim.site.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.UriUtils;

/**
 * Where each form's CSRF token is kept. The back office's and sign-in's live in the
 * HTTP session (PostgreSQL, Spring Session). The contact form is the one public form: a
 * token in the session would make a session row for every visitor who opens the page,
 * so its token lives in a cookie of its own instead (the "double submit" of OWASP: the
 * form must send the value of a cookie that another site can neither read nor set).
 * The cookie is HttpOnly, SameSite=Strict, Secure over TLS; the check itself is Spring
 * Security's, unchanged, and the page that carries the token is never cached.
 */
final class PublicFormCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "OIM_FORM_CSRF";

	private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	PublicFormCsrfTokens() {
		this.cookie.setCookieName(COOKIE);
		this.cookie.setCookieCustomizer((builder) -> builder.httpOnly(true).sameSite("Strict").path("/"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return of(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return of(request).loadToken(request);
	}

	private CsrfTokenRepository of(HttpServletRequest request) {
		return isContactPage(request) ? this.cookie : this.session;
	}

	/** The contact page in any language, its path compared decoded (Arabic segments). */
	static boolean isContactPage(HttpServletRequest request) {
		try {
			String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
					StandardCharsets.UTF_8);
			return Language.fromPath(path)
				.map((language) -> path.equals(SitePaths.expand(SitePaths.CONTACT, language, false)))
				.orElse(false);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
