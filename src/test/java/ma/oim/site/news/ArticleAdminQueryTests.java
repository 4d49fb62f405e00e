package ma.oim.site.news;

import ma.oim.site.web.Pagination;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleAdminQueryTests {

	/** A title searched for is kept as typed, even one that reads "null", in a fixed order. */
	@Test
	void paginationLinksKeepEveryFilter() {
		ArticleAdminQuery query = new ArticleAdminQuery("draft", "fr-only", "null & co");
		assertThat(Pagination.of(1, 2, query.listPath()).next())
			.isEqualTo("/admin/articles?state=draft&language=fr-only&title=null%20%26%20co&page=2");
	}

	@Test
	void filtersNotChosenAreLeftOut() {
		assertThat(Pagination.of(2, 2, new ArticleAdminQuery(null, null, " ").listPath()).previous())
			.isEqualTo("/admin/articles");
		assertThat(Pagination.of(1, 2, new ArticleAdminQuery(null, "en", null).listPath()).next())
			.isEqualTo("/admin/articles?language=en&page=2");
	}

}
