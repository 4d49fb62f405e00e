package ma.oim.site.content;

import java.util.regex.Pattern;

/**
 * Unicode's bidirectional controls, taken out of what people type. An embedding,
 * override or isolate left open (U+202A–U+202E, U+2066–U+2069) reorders the text after
 * it, up to the end of its paragraph: in a title shown in a list or a menu, that is the
 * page around it ("‮gnp.exe" tricks). Single-line text (titles, names, slugs, queries)
 * loses the marks too (U+200E, U+200F, U+061C), which it never needs: the site isolates
 * each such text itself ({@code dir="auto"}, {@code <bdi>}). Long texts keep the marks,
 * which reorder nothing beyond their neighbours and which Arabic writers use in mixed
 * sentences.
 */
public final class BidiControls {

	private static final Pattern EMBEDDINGS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

	private static final Pattern ALL = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

	private BidiControls() {
	}

	/** For single-line text: every bidirectional control removed. */
	public static String strip(String text) {
		return (text != null) ? ALL.matcher(text).replaceAll("") : null;
	}

	/** For long texts: embeddings, overrides and isolates removed, marks kept. */
	public static String stripEmbeddings(String text) {
		return (text != null) ? EMBEDDINGS.matcher(text).replaceAll("") : null;
	}

}
