package ma.oim.site.content;

import java.util.Collection;
import java.util.Map;

/**
 * The documents a text links to by their library id ({@code [the report](document:12)}):
 * where each is downloaded, and whether visitors may have it. The publications module
 * implements it; {@link Markdown} asks it when it renders a text.
 */
public interface LibraryDocuments {

	/** The scheme of a link to a document of the library in Markdown. */
	String SCHEME = "document:";

	/** A document as a text links to it: its download address, and whether it is public now. */
	record Document(String href, boolean isPublic) {
	}

	/** The documents of these ids that exist, by id. */
	Map<Long, Document> find(Collection<Long> ids);

}
