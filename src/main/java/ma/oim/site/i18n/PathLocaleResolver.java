package ma.oim.site.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language is the first segment of every public URL ({@code /fr/...},
 * {@code /en/...}). Elsewhere (back office, sign-in, errors of unprefixed URLs) it is
 * the one the editor chose, kept in a cookie, else the browser's Accept-Language,
 * French by default. Nothing is kept on the server: nodes stay stateless.
 */
public class PathLocaleResolver implements LocaleResolver {

	static final String COOKIE = "OIM_LANG";

	private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

	private final List<Language> backOffice;

	/** @param backOffice the languages of the pages without a language prefix (the back office) */
	public PathLocaleResolver(List<Language> backOffice) {
		this.backOffice = List.copyOf(backOffice);
		this.acceptHeader.setSupportedLocales(backOffice.stream().map(Language::locale).toList());
		this.acceptHeader.setDefaultLocale(Language.record().locale());
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Language.fromPath(originalPath(request))
			.or(() -> chosen(request).filter(this.backOffice::contains))
			.orElseGet(() -> backOfficeLanguage(this.acceptHeader.resolveLocale(request)))
			.locale();
	}

	/** Keeps the editor's choice of language for the pages without a language prefix. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Language language = backOfficeLanguage(locale);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		request.setAttribute(COOKIE, language);
	}

	private Language backOfficeLanguage(Locale locale) {
		Language language = Language.of(locale);
		return this.backOffice.contains(language) ? language : Language.record();
	}

	private static Optional<Language> chosen(HttpServletRequest request) {
		if (request.getAttribute(COOKIE) instanceof Language language) {
			return Optional.of(language);
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return Language.fromCode(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** On an error dispatch the URI is /error; the visitor's URL is the original one. */
	private static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri instanceof String original) ? original : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

}
