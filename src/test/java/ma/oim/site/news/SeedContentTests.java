package ma.oim.site.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SeedFiles;
import ma.oim.site.testsupport.SeedFiles.SeedArticle;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The content of record is in the database, verbatim, and on its public pages. */
@SiteTest
class SeedContentTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void databaseHoldsTheElevenArticlesWithTheirExactFrenchTitlesAndDates() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select t.title, (a.published_at at time zone 'Africa/Casablanca')::date as day
				from article a join article_translation t on t.article_id = a.id and t.language = 'fr'
				where a.status = 'PUBLISHED'""");
		List<SeedArticle> seeds = new ArrayList<>(SeedFiles.newsItems());
		assertThat(seeds).hasSize(10);
		assertThat(rows).hasSize(11);
		for (SeedArticle seed : seeds) {
			assertThat(rows).as(seed.title())
				.anySatisfy((row) -> {
					assertThat(row.get("title")).isEqualTo(seed.title());
					assertThat(((java.sql.Date) row.get("day")).toLocalDate()).isEqualTo(seed.date());
				});
		}
		assertThat(rows).anySatisfy((row) -> assertThat(row.get("title")).isEqualTo(SeedFiles.studyVisit().title()));
	}

	@Test
	void everySeedParagraphIsVerbatimOnItsFrenchArticlePage() throws Exception {
		List<SeedArticle> seeds = new ArrayList<>(SeedFiles.newsItems());
		seeds.add(SeedFiles.studyVisit());
		for (SeedArticle seed : seeds) {
			String slug = this.jdbc.queryForObject(
					"select slug from article_translation where language = 'fr' and title = ?", String.class,
					seed.title());
			Document page = Html.page(this.mvc, "/fr/actualites/" + slug);
			assertThat(page.selectFirst("h1").wholeText()).isEqualTo(seed.title());
			String article = page.selectFirst("article").wholeText();
			for (String paragraph : seed.paragraphs()) {
				assertThat(article).as(seed.title()).contains(paragraph);
			}
			if (seed.date() != null) {
				assertThat(page.selectFirst("article time").text()).isEqualTo(frenchDate(seed.date()));
			}
		}
	}

	@Test
	void organisationPagesCarryTheirSeedTextVerbatim() throws Exception {
		assertThat(Html.page(this.mvc, "/fr/qui-sommes-nous").selectFirst("main").wholeText())
			.contains(SeedFiles.pageIntro("Qui sommes nous"));
		assertThat(Html.page(this.mvc, "/fr/notre-travail").selectFirst("main").wholeText())
			.contains(SeedFiles.pageIntro("Notre travail"));
	}

	@Test
	void menuHoldsTheSeedSubPages() throws Exception {
		String menu = Html.page(this.mvc, "/fr").selectFirst("#main-menu").text();
		assertThat(menu).contains("Qui sommes nous", "À propos", "OIM Global", "Notre travail",
				"Ce que nous faisons", "Priorités transversales (globales)", "Données et ressources", "Agir",
				"2030 Agenda");
	}

	private static final String[] FRENCH_MONTHS = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
			"août", "septembre", "octobre", "novembre", "décembre" };

	/** « 30 juillet 2016 », written out here rather than by the code under test. */
	private static String frenchDate(LocalDate date) {
		return date.getDayOfMonth() + " " + FRENCH_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
	}

}
