package ma.oim.site.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the site, French first: it is the default and the required one. */
public enum Language {

	FR("fr", Locale.FRENCH, "fr_FR"), EN("en", Locale.ENGLISH, "en_GB");

	private final String code;

	private final Locale locale;

	private final String openGraphLocale;

	Language(String code, Locale locale, String openGraphLocale) {
		this.code = code;
		this.locale = locale;
		this.openGraphLocale = openGraphLocale;
	}

	public String code() {
		return this.code;
	}

	public Locale locale() {
		return this.locale;
	}

	public String openGraphLocale() {
		return this.openGraphLocale;
	}

	public Language other() {
		return (this == FR) ? EN : FR;
	}

	/** The codes of every language, in the site's order. */
	public static String[] codes() {
		return Arrays.stream(values()).map(Language::code).toArray(String[]::new);
	}

	public static Optional<Language> fromCode(String code) {
		for (Language language : values()) {
			if (language.code.equals(code)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/** The language of a request path such as {@code /en/news}, if it has one. */
	public static Optional<Language> fromPath(String path) {
		if (path == null || path.length() < 3 || path.charAt(0) != '/') {
			return Optional.empty();
		}
		if (path.length() > 3 && path.charAt(3) != '/') {
			return Optional.empty();
		}
		return fromCode(path.substring(1, 3));
	}

	public static Language of(Locale locale) {
		return fromCode(locale.getLanguage()).orElse(FR);
	}

}
