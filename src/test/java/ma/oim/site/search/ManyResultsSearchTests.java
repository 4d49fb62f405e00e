package ma.oim.site.search;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word that a great many articles contain: the newest 500 that match are ranked, and
 * the page says there are more, so a common word costs no more than a rare one.
 */
@SiteTest
class ManyResultsSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeArticles() {
		this.jdbc.update("delete from article where author_email = 'many-results@oim.test'");
	}

	@Test
	void commonWordRanksTheNewestMatchesAndSaysThereAreMore() throws Exception {
		int count = SearchRepository.CANDIDATES + 20;
		this.jdbc.update("""
				with added as (
				    insert into article (status, published_at, author_email)
				    select 'PUBLISHED', timestamptz '2015-01-01 10:00Z' + n * interval '1 hour', 'many-results@oim.test'
				    from generate_series(1, ?) as n
				    returning id, published_at)
				insert into article_translation (article_id, language, slug, title, body_html)
				select id, 'fr', 'palmeraie-' || id, 'Palmeraie ' || to_char(published_at, 'YYYY-MM-DD HH24'),
				       '<p>Une palmeraie.</p>'
				from added
				""", count);
		Document page = Html.page(this.mvc, "/fr/recherche?q=palmeraie");
		assertThat(Html.normalized(page.selectFirst(".result-count").text()))
			.startsWith("Plus de 200 résultats pour « \u2068palmeraie\u2069 »");
		// Every title matches equally: the newest come first. The oldest twenty are not ranked.
		assertThat(page.selectFirst(".search-result h2").text()).isEqualTo("Palmeraie 2015-01-10 14");
		assertThat(page.select(".pagination a").eachText()).contains("20").doesNotContain("21", "22");
		Document last = Html.page(this.mvc, "/fr/recherche?q=palmeraie&page=20");
		assertThat(last.select(".search-result")).hasSize(10);
	}

}
