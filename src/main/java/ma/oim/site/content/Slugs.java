package ma.oim.site.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs from titles. Accents are stripped first (« Résilience » gives "resilience",
 * not "r-silience"), then every run of other characters becomes one hyphen.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 80;

	/** What a valid slug looks like, typed by an editor or made here. */
	public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String of(String title) {
		if (title == null) {
			return "";
		}
		String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(title.toLowerCase(Locale.ROOT)
			.replace("œ", "oe")
			.replace("æ", "ae")
			.replace("ß", "ss"), Normalizer.Form.NFD)).replaceAll("");
		String slug = NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = slug.substring(0, (cut > 0) ? cut : MAX_LENGTH);
		}
		return slug;
	}

}
