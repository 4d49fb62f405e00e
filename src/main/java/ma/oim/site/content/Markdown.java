package ma.oim.site.content;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into the HTML stored and shown on the site. Whatever the
 * editor writes, raw HTML included, goes through the OWASP sanitizer: no script, no
 * event handler, no style, no iframe, links only to http(s) and mailto, images only
 * from the site's own media.
 */
@Component
public class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Pattern OWN_MEDIA = Pattern.compile("^/media/[0-9]+/[0-9]+\\.(jpg|png)$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "strong", "em", "b", "i", "blockquote", "ul", "ol", "li",
				"code", "pre", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "a", "img")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("noopener")
		.allowAttributes("src")
		.matching(OWN_MEDIA)
		.onElements("img")
		.allowAttributes("alt", "width", "height")
		.onElements("img")
		.allowAttributes("align")
		.matching(false, "left", "center", "right")
		.onElements("th", "td")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	public String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

	/** For HTML from anywhere else: keeps only what the site allows. */
	public String sanitize(String html) {
		return POLICY.sanitize(html).strip();
	}

}
