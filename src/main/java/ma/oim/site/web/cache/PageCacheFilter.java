package ma.oim.site.web.cache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.web.SitePaths;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
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
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private static final Set<String> CACHED_TYPES = Set.of("text/html", "application/atom+xml", "application/xml",
			"text/plain");

	/** Headers this filter writes itself, or that belong to one response only. */
	private static final Set<String> NOT_KEPT = Set.of("etag", "cache-control", "vary", "content-encoding",
			"content-length", "content-type", "date", "transfer-encoding", "set-cookie");

	private final PageCache cache;

	private final String sessionCookie;

	PageCacheFilter(PageCache cache, String sessionCookie) {
		this.cache = cache;
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
		boolean localized = path.equals("/fr") || path.equals("/en") || path.startsWith("/fr/")
				|| path.startsWith("/en/");
		boolean sitemap = path.startsWith("/sitemap") && path.endsWith(".xml") && path.length() <= 32;
		return (localized && path.length() <= SitePaths.MAX_SLUG_LENGTH * 4) || sitemap || path.equals("/robots.txt");
	}

	/** The scheme (see HSTS above), the path and the query, as the request wrote them. */
	static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getScheme() + ":" + request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean anonymous = !hasSessionCookie(request);
		String key = key(request);
		CachedPage cached = anonymous ? this.cache.get(key) : null;
		if (cached != null) {
			for (CachedPage.Header header : cached.headers()) {
				response.addHeader(header.name(), header.value());
			}
			if (cached.locale() != null) {
				response.setLocale(cached.locale());
			}
			send(cached, request, response);
			return;
		}
		long generation = this.cache.generation();
		Rendering rendered = new Rendering(response);
		chain.doFilter(request, rendered);
		String contentType = rendered.getContentType();
		if (rendered.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !CACHED_TYPES.contains(contentType.split(";")[0].strip()) || response.isCommitted()
				|| response.containsHeader(HttpHeaders.SET_COOKIE)) {
			rendered.copyBodyToResponse();
			return;
		}
		CachedPage page = CachedPage.of(rendered.getContentAsByteArray(), keptHeaders(response, contentType),
				rendered.locale);
		if (anonymous) {
			this.cache.put(key, page, generation);
		}
		send(page, request, response);
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

	private boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (this.sessionCookie.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
