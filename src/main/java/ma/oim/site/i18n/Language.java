package ma.oim.site.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * A language of the site. The set and its order are configuration: the property
 * {@code oim.site.languages} ({@code fr,en,ar}: the first is the default and the language
 * of record), and each language's own message bundle says how it is named (in its own
 * script), written (direction), announced to Open Graph, and what its URLs' segments are.
 * No code path is written for one language: a new one takes the property, a bundle and a
 * row of the {@code language} table.
 *
 * <p>The set is held here, statically, because entities, path helpers and templates need
 * it where no bean can be injected; {@link #configure} sets it once per JVM (see
 * {@code I18nConfiguration}), and a second application context asking for another set
 * fails instead of changing the first one's languages under it.
 */
public final class Language implements Comparable<Language> {

	/** The codes used when no application configured the set (unit tests). */
	private static final String DEFAULT_PROPERTY = "oim.site.languages";

	private static volatile Registry registry;

	private static volatile boolean configured;

	private final String code;

	private final Locale locale;

	private final int position;

	private final String name;

	private final boolean rightToLeft;

	private final String openGraphLocale;

	private final Map<String, String> segments;

	private final Locale dateLocale;

	private final DateTimeFormatter longDate;

	private final DateTimeFormatter longDateFirstDay;

	private Language(String code, int position, ResourceBundle bundle) {
		this.code = code;
		this.locale = Locale.forLanguageTag(code);
		this.position = position;
		this.name = bundle.getString("language.name");
		this.rightToLeft = "rtl".equals(bundle.getString("language.direction"));
		this.openGraphLocale = bundle.getString("language.openGraph");
		Map<String, String> paths = new LinkedHashMap<>();
		for (String key : Collections.list(bundle.getKeys())) {
			if (key.startsWith("path.")) {
				paths.put(key.substring(5), bundle.getString(key));
			}
		}
		this.segments = Map.copyOf(paths);
		Locale dates = Locale.forLanguageTag(bundle.getString("language.dateLocale"));
		this.dateLocale = dates;
		this.longDate = DateTimeFormatter.ofPattern(bundle.getString("language.datePattern"), dates)
			.withDecimalStyle(DecimalStyle.STANDARD);
		this.longDateFirstDay = DateTimeFormatter.ofPattern(bundle.getString("language.datePatternFirstDay"), dates)
			.withDecimalStyle(DecimalStyle.STANDARD);
	}

	/**
	 * The long date of this language ("30 July 2016", « 1er mai 2016 », « 30 يوليوز 2016 »):
	 * its bundle's patterns, Western digits.
	 */
	DateTimeFormatter longDate(boolean firstDayOfMonth) {
		return firstDayOfMonth ? this.longDateFirstDay : this.longDate;
	}

	public String code() {
		return this.code;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The locale of its dates ({@code language.dateLocale}: en-GB, ar-MA): month and day names, first day of the week. */
	public Locale dateLocale() {
		return this.dateLocale;
	}

	/** The language's name in its own script: « Français », "English", « العربية ». */
	public String name() {
		return this.name;
	}

	/** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
	public String direction() {
		return this.rightToLeft ? "rtl" : "ltr";
	}

	public boolean isRightToLeft() {
		return this.rightToLeft;
	}

	public String openGraphLocale() {
		return this.openGraphLocale;
	}

	/** Whether this is the language of record: the default, the one every content has. */
	public boolean isRecord() {
		return this.position == 0;
	}

	/** A localized segment of this language's URLs ({@code path.news} in its bundle). */
	public String segment(String key) {
		String segment = this.segments.get(key);
		if (segment == null) {
			throw new IllegalStateException("No path." + key + " in the bundle of " + this.code);
		}
		return segment;
	}

	@Override
	public int compareTo(Language other) {
		return Integer.compare(this.position, other.position);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Language language) && language.code.equals(this.code);
	}

	@Override
	public int hashCode() {
		return this.code.hashCode();
	}

	@Override
	public String toString() {
		return this.code;
	}

	/** Every language of the site, in the site's order. */
	public static Language[] values() {
		return registry().languages.toArray(Language[]::new);
	}

	public static List<Language> all() {
		return registry().languages;
	}

	/** The default language, and the language of record: the first configured. */
	public static Language record() {
		return registry().languages.get(0);
	}

	/** The codes of every language, in the site's order. */
	public static String[] codes() {
		return registry().languages.stream().map(Language::code).toArray(String[]::new);
	}

	/** A language the site has, by its code; fails for any other. */
	public static Language forCode(String code) {
		return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Not a language of the site: " + code));
	}

	public static Optional<Language> fromCode(String code) {
		return Optional.ofNullable((code != null) ? registry().byCode.get(code) : null);
	}

	/** The language of a request path such as {@code /en/news}, if it has one. */
	public static Optional<Language> fromPath(String path) {
		if (path == null || path.length() < 2 || path.charAt(0) != '/') {
			return Optional.empty();
		}
		int end = path.indexOf('/', 1);
		return fromCode(path.substring(1, (end < 0) ? path.length() : end));
	}

	/** The site's language for a locale, the default one when the site does not have it. */
	public static Language of(Locale locale) {
		return fromCode((locale != null) ? locale.getLanguage() : null).orElseGet(Language::record);
	}

	/**
	 * Sets the languages of this JVM's application. Called once by the application's
	 * configuration; a later call with the same codes is harmless, with others it fails.
	 */
	public static synchronized void configure(List<String> codes) {
		Registry wanted = new Registry(codes);
		if (configured && !registry.codes.equals(wanted.codes)) {
			throw new IllegalStateException("The languages are already configured as " + registry.codes
					+ " in this JVM; an application with " + codes + " must run in a JVM of its own");
		}
		registry = wanted;
		configured = true;
	}

	private static Registry registry() {
		Registry current = registry;
		if (current == null) {
			synchronized (Language.class) {
				if (registry == null) {
					registry = new Registry(defaultCodes());
				}
				current = registry;
			}
		}
		return current;
	}

	/** The codes of application.properties, for code that runs without the application. */
	private static List<String> defaultCodes() {
		Properties properties = new Properties();
		try (InputStream in = Language.class.getResourceAsStream("/application.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parse(properties.getProperty(DEFAULT_PROPERTY, "fr"));
	}

	/** {@code "fr, en,ar"} as a list of codes. */
	public static List<String> parse(String codes) {
		return Arrays.stream(codes.split(",")).map(String::strip).filter((code) -> !code.isEmpty()).toList();
	}

	private static final class Registry {

		private final List<String> codes;

		private final List<Language> languages;

		private final Map<String, Language> byCode;

		Registry(List<String> codes) {
			if (codes.isEmpty()) {
				throw new IllegalStateException("No language configured");
			}
			this.codes = List.copyOf(codes);
			List<Language> languages = new ArrayList<>();
			Map<String, Language> byCode = new LinkedHashMap<>();
			for (String code : codes) {
				if (!code.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") || byCode.containsKey(code)) {
					throw new IllegalStateException("Not a language code, or twice: " + code);
				}
				Language language = new Language(code, languages.size(), bundle(code));
				languages.add(language);
				byCode.put(code, language);
			}
			this.languages = List.copyOf(languages);
			this.byCode = Map.copyOf(byCode);
		}

		/** The language's own bundle, without falling back to another language's. */
		private static ResourceBundle bundle(String code) {
			try {
				ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", Locale.forLanguageTag(code),
						Language.class.getClassLoader(),
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
				if (!bundle.getLocale().getLanguage().equals(Locale.forLanguageTag(code).getLanguage())) {
					throw new IllegalStateException("No message bundle i18n/messages_" + code + ".properties");
				}
				return bundle;
			}
			catch (MissingResourceException ex) {
				throw new IllegalStateException("No message bundle i18n/messages_" + code + ".properties", ex);
			}
		}

	}

}
