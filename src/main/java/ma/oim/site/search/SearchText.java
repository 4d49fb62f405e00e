package ma.oim.site.search;

/**
 * The spelling variants search folds together, as the SQL function
 * {@code search_normalise} (V12) folds them: documents are indexed, and queries read,
 * in this form. PostgreSQL highlights the words found in the folded text; this class
 * carries the highlights back onto the text as written, so that snippets keep their
 * hamzas, taa marbuta and diacritics.
 *
 * <p>Tashkeel (U+064B–U+065F, U+0670, U+0610–U+061A) and tatweel (U+0640) are removed;
 * أ إ آ ٱ become ا, ؤ becomes و, ئ and ى become ي, ة becomes ه. Both sides must stay
 * identical: {@code SearchTextTests} checks this class against the SQL function.
 */
final class SearchText {

	private static final String FROM = "\u0623\u0625\u0622\u0671\u0624\u0626\u0649\u0629";

	private static final String TO = "\u0627\u0627\u0627\u0627\u0648\u064A\u064A\u0647";

	private SearchText() {
	}

	static boolean removed(char c) {
		return (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
	}

	static String normalise(String text) {
		return fold(text, null);
	}

	/** The folded text; {@code positions[i]}, when given, is where its i-th character is in {@code text}. */
	private static String fold(String text, int[] positions) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (removed(c)) {
				continue;
			}
			int replaced = FROM.indexOf(c);
			if (positions != null) {
				positions[folded.length()] = i;
			}
			folded.append((replaced >= 0) ? TO.charAt(replaced) : c);
		}
		return folded.toString();
	}

	/**
	 * ts_headline's output over the folded {@code source}, carried back onto
	 * {@code source}: each fragment found in the folded text is replaced by the original
	 * characters it came from, markers at the same words. A fragment not found (never
	 * expected) is kept as PostgreSQL wrote it.
	 */
	static String restore(String marked, String source, String delimiter) {
		if (marked == null || source == null) {
			return marked;
		}
		int[] positions = new int[source.length() + 1];
		String folded = fold(source, positions);
		StringBuilder result = new StringBuilder(marked.length() + 16);
		int from = 0;
		String[] fragments = delimiter.isEmpty() ? new String[] { marked } : marked.split(java.util.regex.Pattern.quote(delimiter), -1);
		for (int f = 0; f < fragments.length; f++) {
			if (f > 0) {
				result.append(delimiter);
			}
			String fragment = fragments[f];
			String plain = fragment.replace(String.valueOf(SearchRepository.START), "")
				.replace(String.valueOf(SearchRepository.STOP), "");
			int start = folded.indexOf(plain, from);
			if (start < 0) {
				start = folded.indexOf(plain);
			}
			if (start < 0 || plain.isEmpty()) {
				result.append(fragment);
				continue;
			}
			from = start + plain.length();
			int k = start;
			for (int i = 0; i < fragment.length(); i++) {
				char c = fragment.charAt(i);
				if (c == SearchRepository.START || c == SearchRepository.STOP) {
					result.append(c);
					continue;
				}
				int begin = positions[k];
				int end = (k + 1 < folded.length()) ? positions[k + 1] : source.length();
				if (k + 1 == start + plain.length()) {
					// The last character takes the marks that follow it in the source (its tashkeel).
					end = begin + 1;
					while (end < source.length() && removed(source.charAt(end))) {
						end++;
					}
				}
				result.append(source, begin, end);
				k++;
			}
		}
		return result.toString();
	}

}
