package ma.oim.site.search;

import java.util.List;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Search in Arabic, through the real stack: folded spelling variants, highlights as written. */
@SiteTest
class ArabicSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private List<String> links(String query) throws Exception {
		Document page = Html.page(this.mvc, "/ar/بحث?q=" + query);
		return page.select(".search-result h2 a").eachAttr("href");
	}

	@Test
	void aWordFindsTheSameArticlesWithOrWithoutDiacriticsOrWithAnotherTaaMarbuta() throws Exception {
		List<String> plain = links("الهجرة");
		// Ten of the eleven Arabic articles say الهجرة (counted in V13's text).
		assertThat(plain.stream().filter((href) -> href.startsWith("/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/")))
			.hasSizeGreaterThanOrEqualTo(9);
		assertThat(links("الْهِجْرَة")).isEqualTo(plain);
		assertThat(links("الهجره")).isEqualTo(plain);
		assertThat(links("ـالهجـرة")).isEqualTo(plain);
	}

	@Test
	void highlightsKeepTheTextAsWritten() throws Exception {
		Document page = Html.page(this.mvc, "/ar/بحث?q=الْهِجْرَة");
		assertThat(page.select(".search-result mark").eachText()).isNotEmpty()
			.allSatisfy((mark) -> assertThat(mark).doesNotContain("الهجره"))
			.anySatisfy((mark) -> assertThat(mark).contains("الهجرة"));
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
	}

	@Test
	void aMixedScriptQueryFindsArabicTextWithLatinWords() throws Exception {
		List<String> both = links("FORSATY فرصتي");
		assertThat(both).isNotEmpty();
		assertThat(links("forsaty")).containsAll(both);
	}

	@Test
	void theJavaFoldingIsTheDatabasesFolding() {
		String text = "الْهِجْرَةُ ـهجـرة أطفال إلى آخر ٱلله مؤسسة بيئة ؐ Réintégration";
		assertThat(SearchText.normalise(text))
			.isEqualTo(this.jdbc.queryForObject("select search_normalise(?)", String.class, text));
	}

}
