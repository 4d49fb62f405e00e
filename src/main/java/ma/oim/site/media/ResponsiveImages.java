package ma.oim.site.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.i18n.Language;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes the site's images in a text's HTML responsive when the text is shown: each becomes
 * a {@code <picture>} with the WebP copies and the variants in {@code srcset}, the
 * image's width and height (the browser keeps its place before it arrives), and
 * {@code loading="lazy"} unless it is the page's lead image. The stored HTML keeps the
 * plain {@code <img>} the editor's Markdown made, so that a new variant or format needs
 * no rewrite of stored texts.
 *
 * <p>An alternative text the library gave when the text was saved (one of the image's
 * texts, in any language, or none) is the library's, in the reader's language, as it is
 * now: one written or corrected after the text was saved shows at once. An alternative
 * text the editor wrote in the Markdown is kept.
 */
@Component
public class ResponsiveImages {

	/** How wide a text's image is shown: the width of the text column. */
	public static final String TEXT_SIZES = "(max-width: 48rem) 100vw, 46rem";

	/** An image as the Markdown policy writes it (sanitised: attributes in double quotes). */
	private static final Pattern IMAGE = Pattern.compile("<img\\s([^>]*?)\\s*/?>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-z]+)=\"([^\"]*)\"");

	private static final Pattern OWN = Pattern.compile("/media/([0-9]{1,18})/[0-9]{1,5}\\.(?:jpg|png)");

	private final MediaService media;

	ResponsiveImages(MediaService media) {
		this.media = media;
	}

	/**
	 * @param leadImage whether the text's first image is the page's lead image (the page
	 * has no featured image): it is loaded at once, the others when they come near
	 */
	public String inHtml(String html, Language language, boolean leadImage) {
		if (html == null || !html.contains("<img")) {
			return html;
		}
		Map<Long, Media> images = this.media.images(MediaService.referencedIn(html));
		Matcher image = IMAGE.matcher(html);
		StringBuilder out = new StringBuilder(html.length() + 512);
		boolean first = true;
		while (image.find()) {
			Map<String, String> attributes = attributes(image.group(1));
			Matcher own = OWN.matcher(attributes.getOrDefault("src", ""));
			Media shown = own.matches() ? images.get(Long.parseLong(own.group(1))) : null;
			String replacement = (shown != null)
					? picture(MediaView.of(shown, language), alt(shown, attributes.getOrDefault("alt", ""), language),
							first && leadImage)
					: image.group();
			first = false;
			image.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		image.appendTail(out);
		return out.toString();
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new java.util.LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			attributes.putIfAbsent(attribute.group(1), attribute.group(2));
		}
		return attributes;
	}

	/** The editor's alternative text, as the sanitiser escaped it, or the library's in the reader's language. */
	private static String alt(Media image, String escapedAlt, Language language) {
		String alt = HtmlUtils.htmlUnescape(escapedAlt);
		boolean fromLibrary = alt.isEmpty() ? !image.isDecorative() : image.isOneOfItsAlts(alt);
		return fromLibrary ? HtmlUtils.htmlEscape(image.alt(language), "UTF-8") : escapedAlt;
	}

	/** The alt text is escaped already. */
	private static String picture(MediaView view, String escapedAlt, boolean eager) {
		List<String> img = new ArrayList<>();
		img.add("src=\"" + view.src() + "\"");
		img.add("srcset=\"" + view.srcset() + "\"");
		img.add("sizes=\"" + TEXT_SIZES + "\"");
		img.add("width=\"" + view.width() + "\"");
		img.add("height=\"" + view.height() + "\"");
		img.add("alt=\"" + escapedAlt + "\"");
		img.add(eager ? "fetchpriority=\"high\"" : "loading=\"lazy\"");
		img.add("decoding=\"async\"");
		String dense = (view.denseWebpSrcset() == null) ? ""
				: "<source type=\"image/webp\" media=\"" + MediaView.DENSE_SCREENS + "\" srcset=\""
						+ HtmlUtils.htmlEscape(view.denseWebpSrcset(), "UTF-8") + "\" sizes=\"100vw\">";
		return "<picture>" + dense + "<source type=\"image/webp\" srcset=\"" + HtmlUtils.htmlEscape(view.webpSrcset(), "UTF-8")
				+ "\" sizes=\"" + TEXT_SIZES + "\"><img " + String.join(" ", img) + "></picture>";
	}

}
