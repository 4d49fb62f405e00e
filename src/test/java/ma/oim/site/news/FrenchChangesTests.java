package ma.oim.site.news;

import ma.oim.site.news.FrenchChanges.Kind;
import ma.oim.site.news.FrenchChanges.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The French changes a translator is shown: whole words, in order, nothing when nothing changed. */
class FrenchChangesTests {

	@Test
	void aChangedWordIsRemovedAndAddedBetweenTheWordsKept() {
		assertThat(FrenchChanges.of("body", "Le bureau de Rabat ouvre.", "Le bureau de Tanger ouvre.").parts())
			.containsExactly(new Part(Kind.KEPT, "Le bureau de "), new Part(Kind.REMOVED, "Rabat"),
					new Part(Kind.ADDED, "Tanger"), new Part(Kind.KEPT, " ouvre."));
	}

	@Test
	void wordsAddedAtTheEndAndAFirstTextAreAdditions() {
		assertThat(FrenchChanges.of("summary", "Une ouverture.", "Une ouverture. Et une fête.").parts())
			.containsExactly(new Part(Kind.KEPT, "Une ouverture."), new Part(Kind.ADDED, " Et une fête."));
		assertThat(FrenchChanges.of("summary", "", "Nouveau.").parts()).containsExactly(new Part(Kind.ADDED, "Nouveau."));
	}

	@Test
	void noChangeIsNoEntry() {
		assertThat(FrenchChanges.of("title", "Titre", "Titre")).isNull();
	}

}
