package ma.oim.site.content;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The links of a text's HTML to the library's documents ({@code /documents/12/…}), as
 * visitors get them when the text is shown: a link to a document whose publication is
 * public now stays; one to a draft's, a withdrawn or deleted publication's file becomes
 * its words alone. Decided when shown, not when saved, so a text written before its
 * document was published links to it from the publication's time, with no new save.
 */
@Component
public class DocumentLinks {

	/** A link as the Markdown policy writes it (sanitised: attributes in double quotes, no nested links). */
	private static final Pattern LINK = Pattern
		.compile("<a href=\"/documents/([0-9]{1,18})/[^\"/]*\"[^>]*>(.*?)</a>", Pattern.DOTALL);

	private final ObjectProvider<LibraryDocuments> documents;

	public DocumentLinks(ObjectProvider<LibraryDocuments> documents) {
		this.documents = documents;
	}

	public String shown(String html) {
		if (html == null || !html.contains("href=\"/documents/")) {
			return html;
		}
		Set<Long> ids = new LinkedHashSet<>();
		Matcher link = LINK.matcher(html);
		while (link.find()) {
			ids.add(Long.parseLong(link.group(1)));
		}
		if (ids.isEmpty()) {
			return html;
		}
		LibraryDocuments library = this.documents.getIfAvailable();
		Map<Long, LibraryDocuments.Document> found = (library != null) ? library.find(ids) : Map.of();
		link.reset();
		StringBuilder out = new StringBuilder(html.length());
		while (link.find()) {
			LibraryDocuments.Document document = found.get(Long.parseLong(link.group(1)));
			link.appendReplacement(out,
					Matcher.quoteReplacement((document != null && document.isPublic()) ? link.group() : link.group(2)));
		}
		link.appendTail(out);
		return out.toString();
	}

}
