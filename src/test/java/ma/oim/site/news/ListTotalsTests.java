package ma.oim.site.news;

import java.util.Arrays;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.PageNumber;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list without an axis takes its number of articles from the archive's counts instead of
 * counting them: both give the same number, whatever the year and the language, with
 * articles scheduled for later and articles written in French only.
 */
@SiteTest
class ListTotalsTests {

	@Autowired
	PublicNews news;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeAddedArticles() {
		this.jdbc.update("delete from article where author_email = 'list-totals@oim.test'");
	}

	@Test
	void theArchivesTotalsAreTheCountedOnes() {
		addArticle("now() + interval '2 days'", "fr", "en");
		addArticle("timestamptz '2017-06-01 10:00Z'", "fr");
		addArticle("timestamptz '2016-12-31 23:30Z'", "fr", "en");
		for (Language language : Language.values()) {
			List<YearCount> archive = this.news.archive(language);
			assertThat(archive).as("archive in %s", language).isNotEmpty();
			for (Integer year : Arrays.asList(null, 2016, 2017, 2018, 2019)) {
				NewsFilter filter = new NewsFilter(null, year, null);
				long counted = list(language, filter, null).totalArticles();
				assertThat(list(language, filter, archive).totalArticles()).as("%s, year %s", language, year)
					.isEqualTo(counted);
			}
		}
		assertThat(list(Language.forCode("fr"), new NewsFilter(null, 2017, null), this.news.archive(Language.forCode("fr"))).cards())
			.as("the French-only article of 2017")
			.hasSize(1);
	}

	private PublicNews.ListPage list(Language language, NewsFilter filter, List<YearCount> archive) {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath("/news");
		return (archive != null) ? this.news.listPage(language, filter, new PageNumber(1), path, archive)
				: this.news.listPage(language, filter, new PageNumber(1), path);
	}

	private void addArticle(String publishedAt, String... languages) {
		long id = this.jdbc.queryForObject("insert into article (status, published_at, author_email) values "
				+ "('PUBLISHED', " + publishedAt + ", 'list-totals@oim.test') returning id", Long.class);
		for (String language : languages) {
			this.jdbc.update("insert into article_translation (article_id, language, slug, title, summary, body_html) "
					+ "values (?, ?, ?, 'Total', 'Total', '<p>Total</p>')", id, language, "total-" + language + "-" + id);
		}
	}

}
