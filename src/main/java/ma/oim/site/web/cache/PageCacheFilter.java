package ma.oim.site.web.cache;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.web.PageNumber;
import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.VisitorFields;

import org.springframework.http.HttpHeaders;
import org.springframework.util.NumberUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from the {@link PageCache}, compressed once, with entity tags so
 * that a browser that has the page gets a 304. Pages are cached for anonymous visitors
 * only: a signed-in editor always sees what was just saved.
 *
 * <p>It runs before Spring Session and Spring Security, so that a page served from the
 * cache costs no more than copying its bytes: the headers Spring Security wrote when the
 * page was rendered (Content-Security-Policy and the others) are kept with the page and
 * sent again. HSTS, the one header that depends on the request (it is only sent over
 * TLS), is why the key includes the scheme.
 *
 * <p>The key holds what the page depends on, so that the cache holds one entry per page
 * that exists whatever a visitor adds: the path as sent when it is already in its plain
 * form (any other form goes to the application and is not kept), and only the query
 * parameters the page reads, in a fixed order and in the form the application reads them
 * ({@code page=01} is {@code page=1}, which is no parameter at all). A parameter given
 * twice, or a number the application would refuse, is not looked up nor kept.
 *
 * <p>A page that carries values of its visitor's (the contact form's token and stamp:
 * {@link VisitorFields}) is rendered with placeholders, kept once, and served with each
 * visitor's values put in, never stored by anyone else (no-store).
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private static final Set<String> CACHED_TYPES = Set.of("text/html", "application/atom+xml", "application/xml",
			"text/plain");

	/** Headers this filter writes itself, or that belong to one response only. */
	private static final Set<String> NOT_KEPT = Set.of("etag", "cache-control", "vary", "content-encoding",
			"content-length", "content-type", "date", "transfer-encoding", "set-cookie");

	/** A path as the site writes its own addresses: percent-encoding only of non-ASCII bytes (Arabic slugs, in upper case as SitePaths writes them), no path parameter. */
	private static final Pattern PLAIN_PATH = Pattern.compile("([A-Za-z0-9/._~-]|%[89A-F][0-9A-F])+");

	/** Control characters become spaces, then the text is stripped: how the search reads its query. */
	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final PageCache cache;

	private final SignedInSessions sessions;

	private final String sessionCookie;

	PageCacheFilter(PageCache cache, SignedInSessions sessions, String sessionCookie) {
		this.cache = cache;
		this.sessions = sessions;
		this.sessionCookie = sessionCookie;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		return !isPublicPage(request.getRequestURI().substring(request.getContextPath().length()));
	}

	static boolean isPublicPage(String path) {
		boolean localized = Language.fromPath(path).isPresent();
		boolean sitemap = path.startsWith("/sitemap") && path.endsWith(".xml") && path.length() <= 32;
		return (localized && path.length() <= SitePaths.MAX_SLUG_LENGTH * 4) || sitemap || path.equals("/robots.txt");
	}

	/**
	 * The scheme (see HSTS above), the path and the parameters the page reads, or null
	 * for a request whose page is not looked up nor kept.
	 */
	static String key(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!PLAIN_PATH.matcher(path).matches() || path.contains("//") || path.contains("/.")) {
			return null;
		}
		StringBuilder key = new StringBuilder(request.getScheme()).append(':').append(path);
		char separator = '?';
		for (String name : parameters(path)) {
			String[] values = request.getParameterValues(name);
			if (values == null) {
				continue;
			}
			if (values.length > 1) {
				return null;
			}
			String value = normalized(name, values[0]);
			if (value == null) {
				return null;
			}
			if (!value.isEmpty()) {
				key.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return key.toString();
	}

	/** The query parameters each public page reads (their controllers' {@code @RequestParam}s). */
	static List<String> parameters(String path) {
		Language language = Language.fromPath(path).orElse(null);
		if (language == null) {
			return List.of();
		}
		if (path.equals(SitePaths.search(language))) {
			return List.of("q", "page", "axis", "year");
		}
		if (path.equals(SitePaths.news(language)) || path.equals(SitePaths.events(language))) {
			return List.of("page", "axis", "year");
		}
		if (path.equals(SitePaths.calls(language))
				|| path.equals(SitePaths.callsClosed(language)) || path.equals(SitePaths.pressReleases(language))
				|| path.equals(SitePaths.stories(language))) {
			return List.of("page");
		}
		if (path.equals(SitePaths.publications(language))) {
			return List.of("page", "type", "axis", "year");
		}
		if (path.startsWith(SitePaths.axes(language) + "/") && !path.endsWith(".atom")) {
			return List.of("page");
		}
		if (path.equals(SitePaths.contact(language))) {
			return List.of("sent");
		}
		return List.of();
	}

	/**
	 * The value as the application reads it: "" when it means the same as no parameter,
	 * null when the application refuses it (the request then goes to the application, to
	 * be answered there, and is not kept).
	 */
	static String normalized(String name, String value) {
		switch (name) {
			case "page" -> {
				try {
					PageNumber page = PageNumber.parse(value);
					return page.isFirst() ? "" : String.valueOf(page.value());
				}
				catch (ResponseStatusException ex) {
					return null;
				}
			}
			case "year" -> {
				if (value.isEmpty()) {
					return "";
				}
				try {
					// As Spring MVC converts a request parameter to a number.
					return NumberUtils.parseNumber(value, Integer.class).toString();
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
			case "sent" -> {
				// The page reads whether it is there, not its value.
				return "1";
			}
			case "q" -> {
				return CONTROL.matcher(value).replaceAll(" ").strip();
			}
			default -> {
				return value;
			}
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = this.cache.isActive() ? key(request) : null;
		// Whether the session belongs to someone is only asked when the answer matters.
		boolean shared = key != null && !isSignedIn(request);
		CachedPage cached = shared ? this.cache.get(key) : null;
		if (cached != null) {
			for (CachedPage.Header header : cached.headers()) {
				response.addHeader(header.name(), header.value());
			}
			if (cached.locale() != null) {
				response.setLocale(cached.locale());
			}
			if (cached.withFields() != null) {
				send(cached.withFields(), request, response);
			}
			else {
				send(cached, request, response);
			}
			return;
		}
		long generation = this.cache.generation();
		Rendering rendered = new Rendering(response);
		chain.doFilter(request, rendered);
		String contentType = rendered.getContentType();
		if (request.getAttribute(VisitorFields.ATTRIBUTE) instanceof VisitorFields fields) {
			// Rendered with placeholders: never sent as it is, whatever its status.
			PageWithFields page = PageWithFields.of(rendered.getContentAsByteArray(), fields);
			if (shared && rendered.getStatus() == HttpServletResponse.SC_OK && contentType != null
					&& !response.containsHeader(HttpHeaders.SET_COOKIE)) {
				this.cache.put(key, CachedPage.of(page, keptHeaders(response, contentType), rendered.locale),
						generation);
			}
			send(page, request, response);
			return;
		}
		if (rendered.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !CACHED_TYPES.contains(contentType.split(";")[0].strip()) || response.isCommitted()
				|| response.containsHeader(HttpHeaders.SET_COOKIE) || isPrivate(response)) {
			rendered.copyBodyToResponse();
			return;
		}
		CachedPage page = CachedPage.of(rendered.getContentAsByteArray(), keptHeaders(response, contentType),
				rendered.locale);
		if (shared) {
			this.cache.put(key, page, generation);
		}
		send(page, request, response);
	}

	/** A page that carries something of one visitor (a form's CSRF token) says so: it is never kept. */
	private static boolean isPrivate(HttpServletResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.contains("no-store");
	}

	/** What the rendering wrote (Spring Security's headers among them), to be sent again with the page. */
	private static List<CachedPage.Header> keptHeaders(HttpServletResponse response, String contentType) {
		List<CachedPage.Header> headers = new ArrayList<>();
		headers.add(new CachedPage.Header(HttpHeaders.CONTENT_TYPE, contentType));
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new CachedPage.Header(name, value));
				}
			}
		}
		return headers;
	}

	private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.contains(page.etag().substring(2)))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
		byte[] body = gzip ? page.gzipped() : page.plain();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** A page with this visitor's values: theirs alone, so kept by no one (no entity tag, no-store). */
	private static void send(PageWithFields page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Map<String, String> values = page.fields().valuesFor(request, response);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
		byte[] body = gzip ? page.gzipped(values) : page.plain(values);
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * The page as it is rendered, held back to be kept and compressed. The servlet
	 * container keeps the locale (Content-Language) apart from the other headers, so it is
	 * noted here.
	 */
	private static final class Rendering extends ContentCachingResponseWrapper {

		private Locale locale;

		Rendering(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.locale = locale;
		}

	}

	/** A session cookie of a signed-in editor: any other cookie of that name is a visitor's. */
	private boolean isSignedIn(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (this.sessionCookie.equals(cookie.getName()) && this.sessions.isSignedIn(cookie.getValue())) {
				return true;
			}
		}
		return false;
	}

}
