package ma.oim.site.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void languageIsTheFirstSegmentOfThePath() {
		assertThat(Language.fromPath("/fr")).contains(Language.FR);
		assertThat(Language.fromPath("/en/news/x")).contains(Language.EN);
		assertThat(Language.fromPath("/english")).isEmpty();
		assertThat(Language.fromPath("/de/x")).isEmpty();
		assertThat(Language.fromPath("/")).isEmpty();
		assertThat(Language.fromPath(null)).isEmpty();
	}

	@Test
	void anyOtherLocaleFallsBackToFrench() {
		assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.FR);
		assertThat(Language.of(Locale.UK)).isEqualTo(Language.EN);
		assertThat(Language.FR.other()).isEqualTo(Language.EN);
	}

}
