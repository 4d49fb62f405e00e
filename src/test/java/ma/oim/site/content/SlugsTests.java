package ma.oim.site.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void latinAccentsAreStrippedAsBefore() {
		assertThat(Slugs.of("Résilience et « Réintégration » : l’œuvre")).isEqualTo("resilience-et-reintegration-l-oeuvre");
		assertThat(Slugs.of("Re\u0301sume\u0301")).isEqualTo("resume");
	}

	@Test
	void arabicTitlesGiveArabicSlugsWithoutTashkeelNorTatweelButWithTheirHamzas() {
		assertThat(Slugs.of("الْهِجْرَةُ والتنمية: أطفال المغرب")).isEqualTo("الهجرة-والتنمية-أطفال-المغرب");
		assertThat(Slugs.of("COP22 ـ التنقل البشري")).isEqualTo("cop22-التنقل-البشري");
		assertThat("الهجرة-والتنمية-أطفال-المغرب").matches(Slugs.PATTERN);
		assertThat("cop22-التنقل-البشري").matches(Slugs.PATTERN);
	}

	@Test
	void bidirectionalControlsNeverReachASlug() {
		assertThat(Slugs.of("\u202Egnp.exe\u202C الهجرة\u200F")).isEqualTo("gnp-exe-الهجرة");
		assertThat("a\u202Eb").doesNotMatch(Slugs.PATTERN);
		assertThat("Majuscule").doesNotMatch(Slugs.PATTERN);
		assertThat("deux--tirets").doesNotMatch(Slugs.PATTERN);
	}

}
