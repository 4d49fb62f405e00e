package ma.oim.site.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language is the first segment of every public URL ({@code /fr/...},
 * {@code /en/...}). Elsewhere (error pages of unprefixed URLs) the browser's
 * Accept-Language decides, French by default. Nothing is stored: nodes stay stateless.
 */
public class PathLocaleResolver implements LocaleResolver {

	private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

	public PathLocaleResolver() {
		this.acceptHeader.setSupportedLocales(List.of(Locale.FRENCH, Locale.ENGLISH));
		this.acceptHeader.setDefaultLocale(Locale.FRENCH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Language.fromPath(originalPath(request))
			.map(Language::locale)
			.orElseGet(() -> Language.of(this.acceptHeader.resolveLocale(request)).locale());
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the URL");
	}

	/** On an error dispatch the URI is /error; the visitor's URL is the original one. */
	private static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri instanceof String original) ? original : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

}
