package ma.oim.site.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs from titles. Latin accents are stripped first (« Résilience » gives
 * "resilience", not "r-silience"); letters of other scripts are kept as they are written
 * (an Arabic title gives an Arabic slug, its tashkeel and tatweel dropped, its hamzas
 * kept), and every run of other characters becomes one hyphen. Links percent-encode
 * them (SitePaths); browsers show them readable.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 80;

	/** What a valid slug looks like, typed by an editor or made here. */
	public static final String PATTERN = "[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*";

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Ll}\\p{Lo}\\p{Nd}]+");

	/** Arabic tashkeel and tatweel: not part of a word's spelling in an address. */
	private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]");

	private Slugs() {
	}

	public static String of(String title) {
		if (title == null) {
			return "";
		}
		String lower = ARABIC_MARKS.matcher(Normalizer.normalize(BidiControls.strip(title), Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replace("œ", "oe")
			.replace("æ", "ae")
			.replace("ß", "ss")).replaceAll("");
		StringBuilder unaccented = new StringBuilder(lower.length());
		lower.codePoints().forEach((c) -> {
			// Latin letters lose their accents; other scripts keep their letters whole.
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
				unaccented.append(COMBINING_MARKS.matcher(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD))
					.replaceAll(""));
			}
			else {
				unaccented.appendCodePoint(c);
			}
		});
		String slug = NOT_ALPHANUMERIC.matcher(unaccented).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = slug.substring(0, (cut > 0) ? cut : MAX_LENGTH);
		}
		return slug;
	}

}
