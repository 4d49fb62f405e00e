package ma.oim.site.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ma.oim.site.i18n.Language;

/**
 * The public URL of every kind of page, in each language. Controllers map the same
 * constants, so a link and its route cannot drift apart.
 */
public final class SitePaths {

	public static final String NEWS_FR = "/fr/actualites";

	public static final String NEWS_EN = "/en/news";

	public static final String AXES_FR = "/fr/notre-travail/axes";

	public static final String AXES_EN = "/en/our-work/areas";

	public static final String PARTNERS_FR = "/fr/partenaires";

	public static final String PARTNERS_EN = "/en/partners";

	/** Longest slug the site ever makes; longer path segments are answered 404 at once. */
	public static final int MAX_SLUG_LENGTH = 200;

	private SitePaths() {
	}

	public static String home(Language language) {
		return "/" + language.code();
	}

	public static String news(Language language) {
		return (language == Language.FR) ? NEWS_FR : NEWS_EN;
	}

	public static String article(Language language, String slug) {
		return news(language) + "/" + slug;
	}

	public static String axis(Language language, String slug) {
		return ((language == Language.FR) ? AXES_FR : AXES_EN) + "/" + slug;
	}

	public static String partners(Language language) {
		return (language == Language.FR) ? PARTNERS_FR : PARTNERS_EN;
	}

	public static String page(Language language, String path) {
		return home(language) + "/" + path;
	}

	/** The same page in every language, for pages that exist in all of them. */
	public static Map<Language, String> inEveryLanguage(Function<Language, String> pathOf) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			paths.put(language, pathOf.apply(language));
		}
		return paths;
	}

	/** The page in the languages it is translated into; {@code pathOf} answers empty where it is not. */
	public static Map<Language, String> inLanguagesWhere(Function<Language, Optional<String>> pathOf) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			pathOf.apply(language).ifPresent((path) -> paths.put(language, path));
		}
		return paths;
	}

}
