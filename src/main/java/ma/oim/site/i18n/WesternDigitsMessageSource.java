package ma.oim.site.i18n;

import java.text.MessageFormat;
import java.util.IllformedLocaleException;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bundles, with the numbers of their messages ({@code {1}}, {@code {0,number,integer}})
 * in Western digits in every language, as the rest of the site writes them: a
 * {@link MessageFormat} formats numbers with its locale's own digits, Arabic-Indic ones for
 * {@code ar}.
 */
class WesternDigitsMessageSource extends ResourceBundleMessageSource {

	@Override
	protected MessageFormat createMessageFormat(String message, Locale locale) {
		return super.createMessageFormat(message, westernDigits(locale));
	}

	/** The locale with the Latin numbering system ({@code ar-u-nu-latn}); its words are unchanged. */
	static Locale westernDigits(Locale locale) {
		if (locale == null) {
			return null;
		}
		try {
			return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
		}
		catch (IllformedLocaleException ex) {
			// A locale no language tag can say (none of the site's): as it is.
			return locale;
		}
	}

}
