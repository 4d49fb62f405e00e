package ma.oim.site.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void languageIsTheFirstSegmentOfThePath() {
		assertThat(Language.fromPath("/fr")).contains(Language.forCode("fr"));
		assertThat(Language.fromPath("/en/news/x")).contains(Language.forCode("en"));
		assertThat(Language.fromPath("/english")).isEmpty();
		assertThat(Language.fromPath("/de/x")).isEmpty();
		assertThat(Language.fromPath("/")).isEmpty();
		assertThat(Language.fromPath(null)).isEmpty();
	}

	@Test
	void anyOtherLocaleFallsBackToFrench() {
		assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.forCode("fr"));
		assertThat(Language.of(Locale.UK)).isEqualTo(Language.forCode("en"));
		assertThat(Language.of(Locale.forLanguageTag("ar-MA"))).isEqualTo(Language.forCode("ar"));
	}

	@Test
	void theLanguagesAreTheConfiguredOnesInTheirOrderTheFirstOfRecord() {
		assertThat(Language.codes()).containsExactly("fr", "en", "ar");
		assertThat(Language.record()).isEqualTo(Language.forCode("fr"));
		assertThat(Language.forCode("fr").isRecord()).isTrue();
		assertThat(Language.forCode("ar").isRecord()).isFalse();
		assertThat(Language.fromPath("/ar/x")).contains(Language.forCode("ar"));
	}

	@Test
	void eachLanguageIsNamedInItsOwnScriptWithItsDirectionFromItsBundle() {
		Language arabic = Language.forCode("ar");
		assertThat(arabic.name()).isEqualTo("العربية");
		assertThat(arabic.direction()).isEqualTo("rtl");
		assertThat(arabic.openGraphLocale()).isEqualTo("ar_MA");
		assertThat(Language.forCode("fr").name()).isEqualTo("Français");
		assertThat(Language.forCode("en").direction()).isEqualTo("ltr");
	}

	@Test
	void anotherSetOfLanguagesInTheSameJvmIsRefused() {
		Language.configure(java.util.List.of("fr", "en", "ar"));
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> Language.configure(java.util.List.of("fr", "ar")));
		assertThat(Language.codes()).containsExactly("fr", "en", "ar");
	}

}
