package ma.oim.site.web;

import java.util.Collection;
import java.util.TreeSet;

/**
 * The site's Content-Security-Policy: everything from the site itself, no inline script,
 * no frame. A page that shows a video lets in that video host's player, and only on
 * that page ({@link #withFrames}); the page cache keeps the header with the page.
 */
public final class ContentSecurityPolicy {

	public static final String HEADER = "Content-Security-Policy";

	public static final String SITE = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private ContentSecurityPolicy() {
	}

	/** The site's policy, with frames from these origins ({@code https://player.vimeo.com}) and no other. */
	public static String withFrames(Collection<String> origins) {
		return origins.isEmpty() ? SITE : SITE + "; frame-src " + String.join(" ", new TreeSet<>(origins));
	}

}
