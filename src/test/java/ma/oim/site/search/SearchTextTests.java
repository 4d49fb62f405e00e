package ma.oim.site.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void foldsTashkeelTatweelHamzaSeatsAlefVariantsTaaMarbutaAndAlefMaqsura() {
		assertThat(SearchText.normalise("الْهِجْرَةُ")).isEqualTo("الهجره");
		assertThat(SearchText.normalise("ـهجـرة")).isEqualTo("هجره");
		assertThat(SearchText.normalise("أطفال إلى آخر ٱلله")).isEqualTo("اطفال الي اخر الله");
		assertThat(SearchText.normalise("مؤسسة بيئة")).isEqualTo("موسسه بييه");
		assertThat(SearchText.normalise("Réintégration OIM")).isEqualTo("Réintégration OIM");
	}

	@Test
	void highlightsFoundInTheFoldedTextAreCarriedBackOntoTheTextAsWritten() {
		String source = "نص عن الْهِجْرَةِ والتنمية";
		String marked = "نص عن " + SearchRepository.START + "الهجره" + SearchRepository.STOP + " والتنميه";
		assertThat(SearchText.restore(marked, source, "")).isEqualTo(
				"نص عن " + SearchRepository.START + "الْهِجْرَةِ" + SearchRepository.STOP + " والتنمية");
	}

	@Test
	void eachFragmentOfASnippetIsRestoredWhereverItIs() {
		String source = "أولا الهجرة. ثم كلام كثير. وأخيرا إلى الهجرة";
		String marked = "اولا " + SearchRepository.START + "الهجره" + SearchRepository.STOP + " … الي "
				+ SearchRepository.START + "الهجره" + SearchRepository.STOP;
		assertThat(SearchText.restore(marked, source, " … ")).isEqualTo("أولا " + SearchRepository.START + "الهجرة"
				+ SearchRepository.STOP + " … إلى " + SearchRepository.START + "الهجرة" + SearchRepository.STOP);
	}

	@Test
	void latinTextIsLeftAsItIs() {
		String marked = "la " + SearchRepository.START + "réintégration" + SearchRepository.STOP;
		assertThat(SearchText.restore(marked, "la réintégration", "")).isEqualTo(marked);
	}

}
