package ma.oim.site.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed in the French of an article since a translation was last checked, word by
 * word: the translator sees which sentences to look at, not two whole texts to compare.
 *
 * @param field "title", "summary" or "body"
 * @param parts the new text in order, with what was removed and added between
 */
public record FrenchChanges(String field, List<Part> parts) {

	/** A run of words: kept, removed or added. */
	public record Part(Kind kind, String text) {

		public boolean isKept() {
			return this.kind == Kind.KEPT;
		}

		public boolean isRemoved() {
			return this.kind == Kind.REMOVED;
		}

		public boolean isAdded() {
			return this.kind == Kind.ADDED;
		}

	}

	public enum Kind {

		KEPT, REMOVED, ADDED

	}

	/** Between words and the spaces around them: a change is shown as whole words. */
	private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

	/** The changes from {@code before} to {@code after}, or null when there is none. */
	static FrenchChanges of(String field, String before, String after) {
		if (before.equals(after)) {
			return null;
		}
		List<String> original = words(before);
		List<String> revised = words(after);
		List<Part> parts = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(original, revised).getDeltas()) {
			add(parts, Kind.KEPT, original.subList(position, delta.getSource().getPosition()));
			add(parts, Kind.REMOVED, delta.getSource().getLines());
			add(parts, Kind.ADDED, delta.getTarget().getLines());
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(parts, Kind.KEPT, original.subList(position, original.size()));
		return new FrenchChanges(field, List.copyOf(parts));
	}

	private static List<String> words(String text) {
		return text.isEmpty() ? List.of() : List.of(WORDS.split(text, -1));
	}

	private static void add(List<Part> parts, Kind kind, List<String> words) {
		if (!words.isEmpty()) {
			parts.add(new Part(kind, String.join("", words)));
		}
	}

}
