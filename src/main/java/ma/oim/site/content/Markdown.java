package ma.oim.site.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ma.oim.site.i18n.Language;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into the HTML stored and shown on the site. Whatever the
 * editor writes, raw HTML included, goes through the OWASP sanitizer: no script, no
 * event handler, no style, no iframe, links only to http(s) and mailto, images only
 * from the site's own media.
 *
 * <p>An image of the library is placed by its id, {@code ![alt](media:32)}: the reference
 * is resolved when the text is rendered into the address of the image's widest variant,
 * with its width and height (no layout shift) and, when the editor wrote none, the
 * library's alternative text in the text's language. A reference to no image leaves its
 * alternative text.
 *
 * <p>A document of the library is linked by its id, {@code [the report](document:12)}: the
 * link is resolved into the file's download address; a link to no document leaves its
 * words. Whether visitors get the link is decided when the text is shown
 * ({@link DocumentLinks}): only while the document's publication is public.
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

	private final ObjectProvider<LibraryImages> library;

	private final ObjectProvider<LibraryDocuments> documents;

	/** Without the library's documents: a link to one leaves its text. */
	public Markdown(ObjectProvider<LibraryImages> library) {
		this(library, new StaticListableBeanFactory().getBeanProvider(LibraryDocuments.class));
	}

	@Autowired
	public Markdown(ObjectProvider<LibraryImages> library, ObjectProvider<LibraryDocuments> documents) {
		this.library = library;
		this.documents = documents;
	}

	/** A text in the language of record. */
	public String toSafeHtml(String markdown) {
		return toSafeHtml(markdown, Language.record());
	}

	/** A text in that language: the library's images it places get their alternative text in it. */
	public String toSafeHtml(String markdown, Language language) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = this.parser.parse(markdown);
		resolveLibraryDocuments(document);
		Map<Image, LibraryImages.Image> resolved = resolveLibraryImages(document, language);
		if (resolved.isEmpty()) {
			return sanitize(this.renderer.render(document));
		}
		// The library's images get their size (no layout shift), and their alternative text where the editor wrote none.
		HtmlRenderer withSizes = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.attributeProviderFactory((context) -> (node, tag, attributes) -> {
				LibraryImages.Image image = (node instanceof Image) ? resolved.get(node) : null;
				if (image != null) {
					attributes.put("width", String.valueOf(image.width()));
					attributes.put("height", String.valueOf(image.height()));
					if (attributes.getOrDefault("alt", "").isEmpty()) {
						attributes.put("alt", image.alt());
					}
				}
			})
			.build();
		return sanitize(withSizes.render(document));
	}

	/** Points each reference to the library at its image, and replaces one to no image by its text. */
	private Map<Image, LibraryImages.Image> resolveLibraryImages(Node document, Language language) {
		List<Image> references = libraryImages(document);
		Map<Image, LibraryImages.Image> resolved = new HashMap<>();
		if (references.isEmpty()) {
			return resolved;
		}
		Set<Long> ids = new LinkedHashSet<>();
		references.forEach((image) -> ids.add(libraryId(image)));
		ids.remove(null);
		LibraryImages images = this.library.getIfAvailable();
		Map<Long, LibraryImages.Image> found = (images != null && !ids.isEmpty()) ? images.find(ids, language) : Map.of();
		for (Image reference : references) {
			LibraryImages.Image image = found.get(libraryId(reference));
			if (image != null) {
				reference.setDestination(image.src());
				resolved.put(reference, image);
			}
			else {
				// The alternative text stands in for an image that is not (or no longer) in the library.
				StringBuilder alt = new StringBuilder();
				for (Node child = reference.getFirstChild(); child != null; child = child.getNext()) {
					if (child instanceof Text text) {
						alt.append(text.getLiteral());
					}
				}
				reference.insertBefore(new Text(alt.toString()));
				reference.unlink();
			}
		}
		return resolved;
	}

	/** Points each link to a document of the library at its file; leaves the words of a link to no document. */
	private void resolveLibraryDocuments(Node document) {
		List<Link> references = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				if (link.getDestination() != null && link.getDestination().startsWith(LibraryDocuments.SCHEME)) {
					references.add(link);
				}
				visitChildren(link);
			}
		});
		if (references.isEmpty()) {
			return;
		}
		Set<Long> ids = new LinkedHashSet<>();
		references.forEach((link) -> ids.add(documentId(link)));
		ids.remove(null);
		LibraryDocuments library = this.documents.getIfAvailable();
		Map<Long, LibraryDocuments.Document> found = (library != null && !ids.isEmpty()) ? library.find(ids) : Map.of();
		for (Link reference : references) {
			LibraryDocuments.Document target = found.get(documentId(reference));
			if (target != null) {
				reference.setDestination(target.href());
			}
			else {
				// The link's words stay, without a link to a file that does not exist.
				Node child = reference.getFirstChild();
				while (child != null) {
					Node next = child.getNext();
					reference.insertBefore(child);
					child = next;
				}
				reference.unlink();
			}
		}
	}

	private static Long documentId(Link link) {
		String id = link.getDestination().substring(LibraryDocuments.SCHEME.length()).strip();
		return id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
	}

	private static List<Image> libraryImages(Node document) {
		List<Image> images = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				if (image.getDestination() != null && image.getDestination().startsWith(LibraryImages.SCHEME)) {
					images.add(image);
				}
				visitChildren(image);
			}
		});
		return images;
	}

	private static Long libraryId(Image image) {
		String id = image.getDestination().substring(LibraryImages.SCHEME.length()).strip();
		return id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
	}

	/** For HTML from anywhere else: keeps only what the site allows. */
	public String sanitize(String html) {
		return POLICY.sanitize(html).strip();
	}

}
