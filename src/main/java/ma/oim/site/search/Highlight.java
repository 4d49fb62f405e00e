package ma.oim.site.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns ts_headline's output into safe HTML. PostgreSQL marks the words found with
 * control characters that no text contains (and that the query strips from the text
 * first); everything is HTML-escaped, and only then do the markers become
 * {@code <mark>} elements. Whatever an article or a query contains, the only markup in
 * the result is {@code <mark>} and {@code </mark>}, always in pairs.
 */
final class Highlight {

	private Highlight() {
	}

	static String toHtml(String marked) {
		if (marked == null) {
			return "";
		}
		String escaped = HtmlUtils.htmlEscape(marked, "UTF-8");
		StringBuilder html = new StringBuilder(escaped.length() + 32);
		boolean open = false;
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == SearchRepository.START && !open) {
				html.append("<mark>");
				open = true;
			}
			else if (c == SearchRepository.STOP && open) {
				html.append("</mark>");
				open = false;
			}
			else if (c != SearchRepository.START && c != SearchRepository.STOP) {
				html.append(c);
			}
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString().strip();
	}

}
