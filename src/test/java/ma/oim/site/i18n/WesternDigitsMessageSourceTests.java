package ma.oim.site.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles' numbers are in Western digits in Arabic too, as the rest of the site's
 * Arabic; the words and the other languages are as {@code MessageFormat} writes them.
 */
class WesternDigitsMessageSourceTests {

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	final MessageSource messages = new I18nConfiguration().messageSource();

	@Test
	void arabicValidationMessageShowsItsNumberInWesternDigits() {
		// As Bean Validation's @Size reaches the bundle: the field, then max and min.
		Object[] size = { new DefaultMessageSourceResolvable("media.alt"), 300, 0 };
		assertThat(this.messages.getMessage("Size.alt", size, ARABIC))
			.isEqualTo("النص البديل طويل جدًّا: 300 حرفًا على الأكثر.");
		assertThat(this.messages.getMessage("Size", size, ARABIC)).isEqualTo("ما بين 0 و300 حرفًا.");
	}

	@Test
	void arabicNumbersInsideChoicesAreWesternToo() {
		assertThat(this.messages.getMessage("news.count", new Object[] { 12 }, ARABIC)).isEqualTo("12 خبرًا");
		assertThat(this.messages.getMessage("news.count", new Object[] { 1200 }, ARABIC)).contains("200")
			.doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
	}

	@Test
	void frenchAndEnglishAreUnchanged() {
		Object[] size = { new DefaultMessageSourceResolvable("media.alt"), 300, 0 };
		assertThat(this.messages.getMessage("Size.alt", size, Locale.FRENCH))
			.isEqualTo("Texte alternatif trop long : 300 caractères au plus.");
		assertThat(this.messages.getMessage("news.count", new Object[] { 1200 }, Locale.ENGLISH)).startsWith("1,200 ");
		assertThat(WesternDigitsMessageSource.westernDigits(Locale.FRENCH).getLanguage()).isEqualTo("fr");
	}

}
