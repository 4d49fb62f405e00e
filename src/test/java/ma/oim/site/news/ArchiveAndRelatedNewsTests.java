package ma.oim.site.news;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** News archives by year, with their canonical address, and related news under articles. */
@SiteTest
class ArchiveAndRelatedNewsTests {

	static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Test
	void newsListLinksToEachYearWithItsCount() throws Exception {
		Document french = Html.page(this.mvc, "/fr/actualites");
		Element archive = french.selectFirst("nav.archive");
		assertThat(archive.selectFirst("h2").text()).isEqualTo("Archives par année");
		assertThat(archive.select("a").eachAttr("href")).containsExactly("/fr/actualites?year=2018", "/fr/actualites?year=2016");
		assertThat(archive.select("li").eachText()).containsExactly("2018 1 actualité", "2016 10 actualités");
		assertThat(archive.select("a[aria-current]")).isEmpty();
		Element english = Html.page(this.mvc, "/en/news").selectFirst("nav.archive");
		assertThat(english.select("li").eachText()).containsExactly("2018 1 news item", "2016 10 news items");
	}

	@Test
	void aYearsArchiveIsItsOwnCanonicalPageInBothLanguages() throws Exception {
		Document french = Html.page(this.mvc, "/fr/actualites?year=2016");
		assertThat(french.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/fr/actualites?year=2016");
		assertThat(french.selectFirst("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(BASE + "/en/news?year=2016");
		assertThat(french.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"))
			.isEqualTo(BASE + "/fr/actualites?year=2016");
		assertThat(french.title()).startsWith("Actualités de 2016 – ");
		assertThat(french.selectFirst(".language-switcher a").attr("href")).isEqualTo("/en/news?year=2016");
		assertThat(french.select(".breadcrumb li").eachText()).containsExactly("Accueil", "Actualités", "2016");
		assertThat(french.selectFirst("nav.archive a[aria-current=page]").text()).isEqualTo("2016");
		Document english = Html.page(this.mvc, "/en/news?year=2016");
		assertThat(english.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/en/news?year=2016");
		assertThat(english.selectFirst("link[rel=alternate][hreflang=fr]").attr("href")).isEqualTo(BASE + "/fr/actualites?year=2016");
		assertThat(english.title()).startsWith("News from 2016 – ");
	}

	@Test
	void otherFiltersKeepTheListAsCanonical() throws Exception {
		Document filtered = Html.page(this.mvc, "/fr/actualites?year=2016&axis=appui-a-la-jeunesse");
		assertThat(filtered.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/fr/actualites");
		assertThat(Html.page(this.mvc, "/fr/actualites?page=2").selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo(BASE + "/fr/actualites");
	}

	@Test
	void relatedNewsShareAnAxisNewestFirstWithoutTheArticleItself() throws Exception {
		// Article 9 is in two axes (protection et résilience, appui à la jeunesse): articles
		// of either come once, newest first.
		Document page = Html.page(this.mvc, "/fr/actualites/l-oim-maroc-a-organise-deux-ateliers-de-formation-sur-l-interculturalite");
		Element related = page.selectFirst("section.related-news");
		assertThat(related.selectFirst("h2").text()).isEqualTo("Actualités liées");
		assertThat(related.select("li a").eachAttr("href")).containsExactly(
				"/fr/actualites/lutte-contre-la-traite-des-etres-humains-deux-formations-au-profit-des-forces-de",
				"/fr/actualites/l-oim-maroc-et-aljazeera-media-network-ont-signe-le-vendredi-3-juin-2016-un",
				"/fr/actualites/organisation-de-deux-formations-sur-le-les-themes-du-retour-et-reintegration-et");
		Document english = Html.page(this.mvc, "/en/news/study-visit-of-the-djiboutian-inter-ministerial-delegation-to-morocco");
		assertThat(english.select("section.related-news li a").eachAttr("href")).containsExactly(
				"/en/news/iom-becomes-a-related-organization-of-the-united-nations",
				"/en/news/iom-member-states-approve-joining-the-united-nations",
				"/en/news/signing-in-geneva-of-a-partnership-between-iom-and-morocco-s-ministry-of");
		assertThat(english.select("section.related-news time")).hasSize(3);
	}

}
