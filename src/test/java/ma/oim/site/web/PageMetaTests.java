package ma.oim.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.oim.site.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageMetaTests {

	/**
	 * Two instances must write the same bytes for the same page (one entity tag, one cached
	 * copy): the hreflang links follow the languages' order, not that of the map given.
	 */
	@Test
	void alternatesFollowTheLanguagesOrderWhateverTheOrderGiven() {
		Map<Language, String> englishFirst = new LinkedHashMap<>();
		englishFirst.put(Language.EN, "/en/news");
		englishFirst.put(Language.FR, "/fr/actualites");

		PageMeta meta = PageMeta.of(Language.EN, "News", "The news", englishFirst);

		assertThat(meta.alternates().keySet()).containsExactly(Language.FR, Language.EN);
		assertThat(meta.alternates()).containsEntry(Language.EN, "/en/news").containsEntry(Language.FR, "/fr/actualites");
	}

	@Test
	void aPageWithoutTranslationHasNoAlternates() {
		assertThat(PageMeta.of(Language.FR, "Actualités", "Les actualités", Map.of()).alternates()).isEmpty();
	}

}
