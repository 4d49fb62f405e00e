package ma.oim.site.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The 429 answer to a sign-in attempt that must wait: Retry-After, and a short page in the
 * visitor's language saying how long. It is written before the session, the database or
 * the MVC machinery are touched, from bytes rendered once per language and wait: a flood
 * of refused attempts costs next to nothing.
 */
@Component
class TooManyAttemptsPage {

	/** Whole minutes shown on the page; the header says the exact seconds. */
	private static final long MAX_MINUTES_SHOWN = 24 * 60;

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final ResourceUrlProvider resourceUrls;

	private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

	TooManyAttemptsPage(ITemplateEngine templates, LocaleResolver locales, ResourceUrlProvider resourceUrls) {
		this.templates = templates;
		this.locales = locales;
		this.resourceUrls = resourceUrls;
	}

	void send(HttpServletRequest request, HttpServletResponse response, Duration retryAfter, boolean busy)
			throws IOException {
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		long minutes = Math.min(MAX_MINUTES_SHOWN, (seconds + 59) / 60);
		Language language = Language.of(this.locales.resolveLocale(request));
		byte[] page = this.rendered.computeIfAbsent(language.code() + (busy ? ":busy" : ":" + minutes),
				(key) -> render(language.locale(), minutes, busy));
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

	private byte[] render(Locale locale, long minutes, boolean busy) {
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("minutes", minutes);
		context.setVariable("busy", busy);
		context.setVariable("siteCss", url("/css/site.css"));
		context.setVariable("adminCss", url("/css/admin.css"));
		context.setVariable("favicon", url("/img/favicon.svg"));
		context.setVariable("logo", url("/img/logo.svg"));
		return this.templates.process("security/too-many-attempts", context).getBytes(StandardCharsets.UTF_8);
	}

	/** The content-hashed address of an asset, as the other pages link it. */
	private String url(String path) {
		String versioned = this.resourceUrls.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

}
