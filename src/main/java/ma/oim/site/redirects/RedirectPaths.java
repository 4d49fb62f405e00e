package ma.oim.site.redirects;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What an address typed or pasted into the redirect form becomes: a decoded path (Arabic
 * as letters, NFC, no trailing slash), or the message code of the reason it cannot be one.
 * The lookup of a visitor's path goes through {@link #key} so both sides agree.
 */
final class RedirectPaths {

	static final int MAX_LENGTH = 1000;

	/** Addresses the site keeps for itself: a redirect from or to them is refused. */
	private static final List<String> RESERVED = List.of("/admin", "/login", "/logout", "/webauthn", "/error", "/css",
			"/js", "/img", "/media", "/actuator");

	/**
	 * What no path may hold once decoded: controls (bidirectional ones included, which
	 * could reorder the back office's list), spaces, and characters that a URL escapes.
	 */
	private static final Pattern FORBIDDEN = Pattern
		.compile("[\\p{Cc}\\p{Zs}\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2069\\u061C\\uFEFF<>\"\\\\{}|^`]");

	/** A path or the reason it is refused (a message code whose argument, if any, is the path). */
	record Outcome(String path, String problem) {

		static Outcome of(String path) {
			return new Outcome(path, null);
		}

		static Outcome refused(String problem) {
			return new Outcome(null, problem);
		}

		boolean isRefused() {
			return this.problem != null;
		}

	}

	private RedirectPaths() {
	}

	/** An old address: a path, or any site's full address (the previous site's) of which the path counts. */
	static Outcome oldAddress(String typed) {
		UriComponents address = parse(typed);
		if (address == null) {
			return Outcome.refused(unreadable(typed));
		}
		if (address.getQuery() != null || address.getFragment() != null) {
			return Outcome.refused("redirect.problem.query");
		}
		return checkedPath(address.getPath());
	}

	/**
	 * A new address: a path of this site, with a query if it needs one, or a full address
	 * of this site ({@code baseUrl}); another host is refused (no open redirect).
	 */
	static Outcome newAddress(String typed, String baseUrl) {
		UriComponents address = parse(typed);
		if (address == null) {
			return Outcome.refused(unreadable(typed));
		}
		if (address.getHost() != null && !sameSite(address, UriComponentsBuilder.fromUriString(baseUrl).build())) {
			return Outcome.refused("redirect.problem.external");
		}
		Outcome path = checkedPath(address.getPath());
		if (path.isRefused()) {
			return path;
		}
		String query = (address.getQuery() != null) ? "?" + decode(address.getQuery()) : "";
		String fragment = (address.getFragment() != null) ? "#" + decode(address.getFragment()) : "";
		if (FORBIDDEN.matcher(query + fragment).find()) {
			return Outcome.refused("redirect.problem.invalid");
		}
		return Outcome.of(path.path() + query + fragment);
	}

	/** The form of a visitor's decoded path that the table is searched with. */
	static String key(String path) {
		String normalised = Normalizer.normalize(path, Normalizer.Form.NFC);
		return (normalised.length() > 1 && normalised.endsWith("/")) ? normalised.substring(0, normalised.length() - 1)
				: normalised;
	}

	/** The path part of a new address, which a chain of redirects would be found by. */
	static String pathOf(String newAddress) {
		int end = newAddress.length();
		for (char mark : new char[] { '?', '#' }) {
			int at = newAddress.indexOf(mark);
			if (at >= 0) {
				end = Math.min(end, at);
			}
		}
		return newAddress.substring(0, end);
	}

	private static UriComponents parse(String typed) {
		String trimmed = typed.strip();
		boolean absolute = trimmed.regionMatches(true, 0, "http://", 0, 7)
				|| trimmed.regionMatches(true, 0, "https://", 0, 8);
		if (!absolute && !(trimmed.startsWith("/") && !trimmed.startsWith("//"))) {
			return null;
		}
		try {
			UriComponents address = UriComponentsBuilder.fromUriString(trimmed).build();
			String path = address.getPath();
			return (path == null || path.isEmpty()) ? UriComponentsBuilder.fromUriString(trimmed).path("/").build()
					: address;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Something that looks like a path but cannot be read as one holds characters no path can. */
	private static String unreadable(String typed) {
		String trimmed = typed.strip();
		return (trimmed.startsWith("/") && !trimmed.startsWith("//")) ? "redirect.problem.invalid"
				: "redirect.problem.notPath";
	}

	private static Outcome checkedPath(String raw) {
		String decoded = decode(raw);
		if (decoded == null || FORBIDDEN.matcher(decoded).find() || decoded.startsWith("//")
				|| decoded.contains("/../") || decoded.endsWith("/..") || decoded.contains("/./")) {
			return Outcome.refused("redirect.problem.invalid");
		}
		String path = key(decoded);
		if (path.length() > MAX_LENGTH) {
			return Outcome.refused("redirect.problem.tooLong");
		}
		String lower = path.toLowerCase(Locale.ROOT);
		if (RESERVED.stream().anyMatch((reserved) -> lower.equals(reserved) || lower.startsWith(reserved + "/"))) {
			return Outcome.refused("redirect.problem.reserved");
		}
		return Outcome.of(path);
	}

	private static String decode(String raw) {
		try {
			return UriUtils.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean sameSite(UriComponents address, UriComponents site) {
		return address.getHost().equalsIgnoreCase(site.getHost()) && address.getPort() == site.getPort();
	}

}
