package ma.oim.site.search;

import java.util.List;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import ma.oim.site.testsupport.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search on the real PostgreSQL: accents, stemming, both languages, ranking,
 * highlights, filters and pagination.
 */
@SiteTest
class SearchTests {

	static final String REINTEGRATION_FR = "/fr/actualites/organisation-de-deux-formations-sur-le-les-themes-du-retour-et-reintegration-et";

	static final String REINTEGRATION_EN = "/en/news/organisation-of-two-training-sessions-on-the-themes-of-return-and-reintegration";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theUnaccentExtensionIsInstalledAndUsedByBothConfigurations() {
		assertThat(this.jdbc.queryForObject("select count(*) from pg_extension where extname = 'unaccent'", Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select to_tsvector('fr_unaccent', 'Réintégration')::text", String.class))
			.isEqualTo("'reintegr':1");
		assertThat(this.jdbc.queryForObject("select to_tsvector('en_unaccent', 'Café')::text", String.class))
			.isEqualTo("'cafe':1");
	}

	@Test
	void searchWithoutAccentsFindsTheAccentedWord() throws Exception {
		Document page = Html.page(this.mvc, "/fr/recherche?q=reintegration");
		assertThat(links(page)).containsExactly(REINTEGRATION_FR);
		Element title = page.selectFirst(".search-result h2");
		assertThat(title.select("mark").eachText()).containsExactly("réintégration");
		assertThat(page.selectFirst(".search-result .snippet mark").text()).isEqualTo("réintégration");
		assertThat(page.selectFirst("[role=status]").text()).isEqualTo("1 résultat pour « \u2068reintegration\u2069 »");
	}

	@Test
	void accentsInTheQueryDoNotMatter() throws Exception {
		assertThat(links(Html.page(this.mvc, "/fr/recherche?q=RÉINTÉGRATION"))).containsExactly(REINTEGRATION_FR);
	}

	@Test
	void pluralFindsTheSingularThroughFrenchStemming() throws Exception {
		Document page = Html.page(this.mvc, "/fr/recherche?q=formations");
		List<String> titles = page.select(".search-result h2").eachText();
		assertThat(titles).hasSize(3)
			.anySatisfy((title) -> assertThat(title).contains("deux ateliers de formation sur"))
			.anySatisfy((title) -> assertThat(title).contains("deux formations au profit"));
		assertThat(page.select(".search-result h2 mark").eachText()).contains("formation", "formations");
	}

	@Test
	void oimFindsTheArticlesAboutTheOrganisationInBothLanguages() throws Exception {
		List<String> french = links(Html.page(this.mvc, "/fr/recherche?q=OIM"));
		assertThat(french).contains("/fr/actualites/l-oim-devient-une-organisation-affiliee-aux-nations-unies",
				"/fr/actualites/les-etats-membres-de-l-oim-approuvent-leur-adhesion-aux-nations-unies");
		List<String> english = links(Html.page(this.mvc, "/en/search?q=OIM"));
		assertThat(english).contains("/en/news/iom-becomes-a-related-organization-of-the-united-nations",
				"/en/news/iom-member-states-approve-joining-the-united-nations");
		assertThat(links(Html.page(this.mvc, "/en/search?q=IOM"))).containsAll(english.subList(0, 2));
		assertThat(links(Html.page(this.mvc, "/fr/recherche?q=IOM"))).containsAll(french.subList(0, 2));
	}

	@Test
	void titleMatchesComeFirst() throws Exception {
		// "OIM" is in five French titles and in the text of others, where it is sometimes
		// more frequent than in a title: every title match still ranks above.
		Document page = Html.page(this.mvc, "/fr/recherche?q=OIM");
		List<Element> results = page.select(".search-result");
		int lastTitleMatch = -1;
		int firstOther = Integer.MAX_VALUE;
		for (int i = 0; i < results.size(); i++) {
			if (results.get(i).select("h2 mark").isEmpty()) {
				firstOther = Math.min(firstOther, i);
			}
			else {
				lastTitleMatch = i;
			}
		}
		assertThat(lastTitleMatch).isEqualTo(4);
		assertThat(firstOther).isEqualTo(5);
	}

	@Test
	void aTitleMatchOutranksATextThatRepeatsTheWord() throws Exception {
		// "Ministry" is in the title of the Geneva partnership; the Djibouti study visit names
		// ministries more often in its text, which alone would rank it first.
		Double textRank = this.jdbc.queryForObject("""
				select ts_rank_cd(search_vector, websearch_to_tsquery('en_unaccent', 'ministry'))
				from article_translation where article_id = 11 and language = 'en'""", Double.class);
		Double titleRank = this.jdbc.queryForObject("""
				select ts_rank_cd(search_vector, websearch_to_tsquery('en_unaccent', 'ministry'))
				from article_translation where article_id = 5 and language = 'en'""", Double.class);
		assertThat(textRank).isGreaterThan(titleRank);
		List<String> links = links(Html.page(this.mvc, "/en/search?q=ministry"));
		assertThat(links.get(0))
			.isEqualTo("/en/news/signing-in-geneva-of-a-partnership-between-iom-and-morocco-s-ministry-of");
		assertThat(links).contains("/en/news/study-visit-of-the-djiboutian-inter-ministerial-delegation-to-morocco");
	}

	@Test
	void englishSearchFindsEnglishTextWithEnglishStemming() throws Exception {
		Document page = Html.page(this.mvc, "/en/search?q=trainings");
		assertThat(links(page)).contains(REINTEGRATION_EN)
			.allSatisfy((link) -> assertThat(link).startsWith("/en/"));
		assertThat(page.select(".search-result h2 mark").eachText()).contains("training");
		assertThat(links(Html.page(this.mvc, "/en/search?q=reintegration"))).containsExactly(REINTEGRATION_EN);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void findsOrganisationPages() throws Exception {
		Document page = Html.page(this.mvc, "/fr/recherche?q=Programme 2030");
		assertThat(links(page)).contains("/fr/notre-travail");
		Element result = page.select(".search-result").stream()
			.filter((element) -> element.selectFirst("h2 a").attr("href").equals("/fr/notre-travail"))
			.findFirst()
			.orElseThrow();
		assertThat(result.selectFirst(".kind").text()).isEqualTo("Page");
		assertThat(links(Html.page(this.mvc, "/en/search?q=cross-cutting priorities")))
			.contains("/en/our-work/cross-cutting-priorities");
	}

	@Test
	void pagesThatOnlyLinkOutAreNotResults() throws Exception {
		assertThat(links(Html.page(this.mvc, "/fr/recherche?q=global"))).doesNotContain("/fr/qui-sommes-nous/oim-global");
	}

	@Test
	void filtersByAxisAndYear() throws Exception {
		List<String> youth = links(Html.page(this.mvc, "/fr/recherche?q=OIM&axis=appui-a-la-jeunesse"));
		assertThat(youth).containsExactlyInAnyOrder(
				"/fr/actualites/seminaire-de-presentation-des-resultats-de-l-etude-education-non-formelle",
				"/fr/actualites/l-oim-maroc-a-organise-deux-ateliers-de-formation-sur-l-interculturalite");
		assertThat(links(Html.page(this.mvc, "/fr/recherche?q=OIM&year=2018")))
			.containsExactly("/fr/actualites/visite-d-etude-de-la-delegation-interministerielle-djiboutienne-au-maroc");
		assertThat(links(Html.page(this.mvc, "/en/search?q=IOM&year=2018&axis=youth-support"))).isEmpty();
		Document filtered = Html.page(this.mvc, "/en/search?q=IOM&axis=youth-support");
		assertThat(filtered.selectFirst("#search-axis option[selected]").attr("value")).isEqualTo("youth-support");
		assertThat(links(filtered)).allSatisfy((link) -> assertThat(link).startsWith("/en/news/"));
	}

	@Test
	void paginatesTenAPageKeepingTheQueryAndFilters() throws Exception {
		Document first = Html.page(this.mvc, "/fr/recherche?q=OIM&year=2016");
		assertThat(first.selectFirst("[role=status]").text()).isEqualTo("9 résultats pour « \u2068OIM\u2069 »");
		Document all = Html.page(this.mvc, "/fr/recherche?q=OIM");
		int total = Integer.parseInt(all.selectFirst("[role=status]").text().split(" ")[0]);
		assertThat(total).isGreaterThan(10);
		assertThat(all.select(".search-result")).hasSize(10);
		String next = all.selectFirst(".pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/fr/recherche?q=OIM&page=2");
		Document second = Html.page(this.mvc, next);
		assertThat(second.select(".search-result")).hasSize(total - 10);
		assertThat(second.selectFirst("ol.search-results").attr("start")).isEqualTo("11");
		assertThat(links(second)).doesNotContainAnyElementsOf(links(all));
	}

	@Test
	void theSearchPageIsAccessibleAndIndexedAsTheSearchForm() throws Exception {
		Document page = Html.page(this.mvc, "/fr/recherche?q=formation");
		assertThat(page.selectFirst("label[for=search-q]").text()).isEqualTo("Mots recherchés");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("ol.search-results > li > h2")).hasSize(3);
		assertThat(page.select("meta[name=robots]")).as("crawlable: it names its canonical page instead").isEmpty();
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/fr/recherche");
		assertThat(page.selectFirst(".language-switcher a").attr("href")).isEqualTo("/en/search?q=formation");
		assertThat(page.select("form.site-search")).as("no second search form in the header").isEmpty();
		Document other = Html.page(this.mvc, "/en/news");
		assertThat(other.selectFirst("form.site-search").attr("action")).isEqualTo("/en/search");
		assertThat(other.selectFirst("form.site-search label").attr("for")).isEqualTo("site-search");
	}

	/**
	 * The search form is a page of its own; results, for a query or a filter, name the form
	 * of their language as their canonical page (og:url too), so that no query, however
	 * made up, gets a page of its own in a search engine's index; their hreflang
	 * alternates keep the query, as the language switcher does.
	 */
	@Test
	void theSearchFormIsIndexableAndItsResultsAreIndexedAsTheForm() throws Exception {
		for (String path : List.of("/fr/recherche", "/en/search")) {
			Document form = Html.page(this.mvc, path);
			assertThat(form.select("meta[name=robots]")).as(path).isEmpty();
			assertThat(form.selectFirst("link[rel=canonical]").attr("href")).as(path).endsWith(path);
		}
		for (String path : List.of("/fr/recherche?q=migration", "/fr/recherche?year=2016",
				"/fr/recherche?axis=protection-et-resilience", "/fr/recherche?q=acheter+des+pilules+pas+cheres")) {
			Document results = Html.page(this.mvc, path);
			assertThat(results.select("meta[name=robots]")).as(path).isEmpty();
			assertThat(results.selectFirst("link[rel=canonical]").attr("href")).as(path)
				.isEqualTo(Sitemaps.BASE + "/fr/recherche");
			assertThat(results.selectFirst("meta[property=og:url]").attr("content")).as(path)
				.isEqualTo(Sitemaps.BASE + "/fr/recherche");
		}
		Document english = Html.page(this.mvc, "/en/search?q=migration");
		assertThat(english.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(Sitemaps.BASE + "/en/search");
		assertThat(english.selectFirst("link[rel=alternate][hreflang=fr]").attr("href"))
			.isEqualTo(Sitemaps.BASE + "/fr/recherche?q=migration");
	}

	@Test
	void englishSearchShowsFrenchOnlyArticlesMarkedAsFrench() throws Exception {
		long id = TestArticles.frenchOnly(this.jdbc, "quetzalcoatl-en-francais", "Quetzalcoatl en français", "Un chapô.");
		try {
			Element result = Html.page(this.mvc, "/en/search?q=quetzalcoatl").selectFirst(".search-result");
			assertThat(result.selectFirst("h2").attr("lang")).isEqualTo("fr");
			assertThat(result.selectFirst("h2 a").attr("href")).isEqualTo("/fr/actualites/quetzalcoatl-en-francais");
			assertThat(result.selectFirst(".badge").text()).isEqualTo("In French");
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	static List<String> links(Document page) {
		return page.select(".search-result h2 a").eachAttr("href");
	}

}
