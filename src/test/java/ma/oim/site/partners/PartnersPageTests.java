package ma.oim.site.partners;

import ma.oim.site.news.PublicNews;
import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The partners page lists each partner's latest news only, so it keeps its size as news accumulate. */
@SiteTest
class PartnersPageTests {

	static final String AUTHOR = "partners-page@oim.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeAddedArticles() {
		this.jdbc.update("delete from article where author_email = ?", AUTHOR);
	}

	@Test
	void partnerNamedByManyNewsListsTheLatestAndSaysHowManyThereAre() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from article_partner where partner_id = 8", Long.class);
		for (int i = 1; i <= 12; i++) {
			long id = this.jdbc.queryForObject("insert into article (status, published_at, author_email) values "
					+ "('PUBLISHED', timestamptz '2019-01-01 10:00Z' + ? * interval '1 day', ?) returning id", Long.class, i,
					AUTHOR);
			this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', ?, ?)",
					id, "gadem-" + i, "Actualité GADEM " + i);
			this.jdbc.update("insert into article_partner (article_id, partner_id) values (?, 8)", id);
		}
		Element gadem = Html.page(this.mvc, "/fr/partenaires").getElementById("partner-8");
		assertThat(gadem.select(".news-links a").eachText()).hasSize(PublicNews.PARTNER_NEWS)
			.startsWith("Actualité GADEM 12", "Actualité GADEM 11");
		assertThat(Html.normalized(gadem.selectFirst("h3 + p").text()))
			.isEqualTo("Les 10 plus récentes, sur " + (before + 12) + " au total.");
		Element aljazeera = Html.page(this.mvc, "/fr/partenaires").getElementById("partner-3");
		assertThat(aljazeera.select("h3 + p")).isEmpty();
	}

}
