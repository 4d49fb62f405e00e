package ma.oim.site.web;

import java.util.regex.Pattern;

/** Helpers for the XML documents the site writes (feeds, sitemap). */
public final class Xml {

	/**
	 * Characters XML 1.0 cannot carry at all, not even escaped: control characters other
	 * than tab and line ends, lone surrogates, U+FFFE and U+FFFF.
	 */
	private static final Pattern FORBIDDEN = Pattern
		.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private Xml() {
	}

	/** The text without the characters XML forbids, so that one stray character cannot break a whole feed. */
	public static String text(String text) {
		return (text != null) ? FORBIDDEN.matcher(text).replaceAll("") : "";
	}

}
