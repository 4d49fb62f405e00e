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
		englishFirst.put(Language.forCode("en"), "/en/news");
		englishFirst.put(Language.forCode("fr"), "/fr/actualites");

		PageMeta meta = PageMeta.of(Language.forCode("en"), "News", "The news", englishFirst);

		assertThat(meta.alternates().keySet()).containsExactly(Language.forCode("fr"), Language.forCode("en"));
		assertThat(meta.alternates()).containsEntry(Language.forCode("en"), "/en/news").containsEntry(Language.forCode("fr"), "/fr/actualites");
	}

	@Test
	void aPageWithoutTranslationHasNoAlternates() {
		assertThat(PageMeta.of(Language.forCode("fr"), "Actualités", "Les actualités", Map.of()).alternates()).isEmpty();
	}

}
