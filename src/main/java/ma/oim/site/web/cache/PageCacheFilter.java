package ma.oim.site.web.cache;

import java.io.IOException;
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
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private static final Set<String> CACHED_TYPES = Set.of("text/html", "application/atom+xml", "application/xml",
			"text/plain");

	private static final Set<String> UNCACHED_PREFIXES = Set.of("/fr/recherche", "/en/search");

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
		boolean uncached = UNCACHED_PREFIXES.stream().anyMatch(path::startsWith);
		return (localized && !uncached && path.length() <= SitePaths.MAX_SLUG_LENGTH * 4) || path.equals("/sitemap.xml")
				|| path.equals("/robots.txt");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean anonymous = !hasSessionCookie(request);
		String key = request.getRequestURI() + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		CachedPage cached = anonymous ? this.cache.get(key) : null;
		if (cached != null) {
			send(cached, request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		String contentType = rendered.getContentType();
		if (rendered.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !CACHED_TYPES.contains(contentType.split(";")[0].strip()) || response.isCommitted()) {
			rendered.copyBodyToResponse();
			return;
		}
		CachedPage page = CachedPage.of(rendered.getContentAsByteArray(), contentType, response.getHeader(HttpHeaders.CONTENT_LANGUAGE));
		if (anonymous) {
			this.cache.put(key, page, generation);
		}
		send(page, request, response);
	}

	private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
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
