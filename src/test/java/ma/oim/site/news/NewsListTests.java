package ma.oim.site.news;

import java.net.URI;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SeedFiles;
import ma.oim.site.testsupport.SeedFiles.SeedArticle;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The news list: newest first, ten a page, filters by axis and year, previous/next on articles. */
@SiteTest
class NewsListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsNewestFirstTenAPageWithPaginationLinks() throws Exception {
		Document first = Html.page(this.mvc, "/fr/actualites");
		Document second = Html.page(this.mvc, "/fr/actualites?page=2");
		assertThat(first.select("article.card")).hasSize(10);
		assertThat(second.select("article.card")).hasSize(1);
		assertThat(first.selectFirst("article.card h2").text())
			.isEqualTo("Visite d’étude de la délégation interministérielle djiboutienne au Maroc");
		assertThat(second.selectFirst("article.card h2").text())
			.isEqualTo("Mohamed et Omar : de migrants à acteurs du développement");
		List<String> dates = first.select("article.card time").eachAttr("datetime");
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).isEqualTo("/fr/actualites?page=2");
		assertThat(first.selectFirst(".pagination a[aria-current=page]").text()).isEqualTo("1");
		assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo("/fr/actualites");
		assertThat(second.select(".pagination a[rel=next]")).isEmpty();
	}

	/** Arabic paths are URIs already: each list's page links encode them once, and lead to the next page. */
	@Test
	void arabicPageLinksLeadToTheirPages() throws Exception {
		String list = SitePaths.news(Language.fromCode("ar").orElseThrow());
		String next = uriPage(list).selectFirst(".pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo(list + "?page=2");
		Document second = uriPage(next);
		assertThat(second.selectFirst(".pagination a[aria-current=page]").text()).isEqualTo("2");
		assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo(list);
	}

	/** A page by its address as a link gives it, percent-encoded already. */
	private Document uriPage(String address) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(URI.create(address)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void sameDayItemsKeepTheOrderOfTheSeed() throws Exception {
		List<SeedArticle> seeds = SeedFiles.newsItems();
		assertThat(seeds.get(7).date()).isEqualTo(seeds.get(8).date());
		List<String> titles = Html.page(this.mvc, "/fr/actualites").select("article.card h2").eachText();
		assertThat(titles.indexOf(Html.normalized(seeds.get(8).title())))
			.isEqualTo(titles.indexOf(Html.normalized(seeds.get(7).title())) + 1);
	}

	@Test
	void filtersByYear() throws Exception {
		assertThat(Html.page(this.mvc, "/fr/actualites?year=2018").select("article.card")).hasSize(1);
		assertThat(Html.page(this.mvc, "/en/news?year=2016").select("article.card")).hasSize(10);
		assertThat(Html.page(this.mvc, "/fr/actualites?year=2017").select("article.card")).isEmpty();
		Document filtered = Html.page(this.mvc, "/fr/actualites?year=2018");
		assertThat(filtered.selectFirst("#filter-year option[selected]").attr("value")).isEqualTo("2018");
	}

	@Test
	void filtersByAxisInEachLanguage() throws Exception {
		Integer youthArticles = this.jdbc.queryForObject("""
				select count(*) from article_axis aa join thematic_axis_translation t
				on t.axis_id = aa.axis_id and t.language = 'fr' where t.slug = 'appui-a-la-jeunesse'""",
				Integer.class);
		assertThat(youthArticles).isPositive();
		Document french = Html.page(this.mvc, "/fr/actualites?axis=appui-a-la-jeunesse");
		Document english = Html.page(this.mvc, "/en/news?axis=youth-support");
		assertThat(french.select("article.card")).hasSize(youthArticles);
		assertThat(english.select("article.card")).hasSize(youthArticles);
		for (Element card : french.select("article.card")) {
			assertThat(card.select(".tags a").eachText()).contains("Appui à la jeunesse");
		}
		assertThat(french.selectFirst("#filter-axis option[selected]").attr("value")).isEqualTo("appui-a-la-jeunesse");
	}

	@Test
	void axisPageListsTheNewsOfItsAxis() throws Exception {
		Document axis = Html.page(this.mvc, "/fr/notre-travail/axes/protection-et-resilience");
		Integer count = this.jdbc.queryForObject("select count(*) from article_axis where axis_id = 1", Integer.class);
		assertThat(axis.select("article.card:not(.publication-card)")).as("its news; its publications are listed apart")
			.hasSize(count);
		assertThat(axis.selectFirst("h1").text()).isEqualTo("Protection et résilience");
	}

	@Test
	void articleLinksToTheNewsPublishedJustBeforeAndAfter() throws Exception {
		Document article = Html.page(this.mvc, "/fr/actualites/l-oim-devient-une-organisation-affiliee-aux-nations-unies");
		assertThat(article.selectFirst(".prev-next a[rel=next]").attr("href"))
			.isEqualTo("/fr/actualites/visite-d-etude-de-la-delegation-interministerielle-djiboutienne-au-maroc");
		assertThat(article.selectFirst(".prev-next a[rel=prev]").attr("href"))
			.isEqualTo("/fr/actualites/les-etats-membres-de-l-oim-approuvent-leur-adhesion-aux-nations-unies");
		assertThat(article.select(".tags a").eachText()).containsExactly("Migration, gouvernance et développement");
	}

	@Test
	void articleShowsItsPartnersAndPartnersPageShowsTheirNews() throws Exception {
		Document article = Html.page(this.mvc,
				"/en/news/iom-morocco-and-aljazeera-media-network-signed-a-partnership-agreement-on-friday");
		assertThat(article.select(".article-partners a").eachText()).contains("Aljazeera Media Network");
		assertThat(article.selectFirst("article time").text()).isEqualTo("16 June 2016");
		Document partners = Html.page(this.mvc, "/fr/partenaires");
		assertThat(partners.select("section.partner")).hasSize(10);
		Element aljazeera = partners.select("section.partner").stream()
			.filter((section) -> section.selectFirst("h2").text().equals("Aljazeera Media Network"))
			.findFirst()
			.orElseThrow();
		assertThat(aljazeera.select(".news-links a").eachText())
			.containsExactly("L'OIM Maroc et Aljazeera Media Network ont signé le vendredi 3 juin 2016 un accord de partenariat");
	}

	@Test
	void homeShowsLatestNewsAxesAndPartners() throws Exception {
		Document home = Html.page(this.mvc, "/en");
		assertThat(home.select("#latest-news ~ .card-grid article.card")).hasSize(4);
		assertThat(home.select(".axis-card h3")).hasSize(3);
		assertThat(home.select(".partner-names li")).hasSize(10);
		assertThat(home.selectFirst(".hero").text()).contains("International Organization for Migration");
	}

}
