package ma.oim.site.content;

import java.util.Collection;
import java.util.Map;

import ma.oim.site.i18n.Language;

/**
 * The images a text refers to by their library id ({@code ![alt](media:32)}): where each
 * is served and its size. The media module implements it; {@link Markdown} asks it when it
 * renders a text.
 */
public interface LibraryImages {

	/** The scheme of a reference to the library in Markdown. */
	String SCHEME = "media:";

	/** An image as a text shows it: its address, its size, its alternative text in the text's language. */
	record Image(String src, int width, int height, String alt) {
	}

	/**
	 * The images of these ids that exist, by id, their alternative texts in that language
	 * (in the language of record where they have none there).
	 */
	Map<Long, Image> find(Collection<Long> ids, Language language);

}
