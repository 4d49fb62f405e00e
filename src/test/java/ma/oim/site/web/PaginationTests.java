package ma.oim.site.web;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTests {

	@Test
	void linksKeepTheFiltersAndLeaveOutPageOne() {
		Pagination pagination = Pagination.of(2, 3,
				UriComponentsBuilder.fromPath("/fr/actualites").queryParam("axis", "appui-a-la-jeunesse").queryParam("year", 2016));
		assertThat(pagination.previous()).isEqualTo("/fr/actualites?axis=appui-a-la-jeunesse&year=2016");
		assertThat(pagination.next()).isEqualTo("/fr/actualites?axis=appui-a-la-jeunesse&year=2016&page=3");
		assertThat(pagination.pages()).extracting(Pagination.PageLink::current).containsExactly(false, true, false);
		assertThat(pagination.isNeeded()).isTrue();
	}

	@Test
	void singlePageNeedsNoPagination() {
		Pagination pagination = Pagination.of(1, 1, UriComponentsBuilder.fromPath("/en/news"));
		assertThat(pagination.isNeeded()).isFalse();
		assertThat(pagination.previous()).isNull();
		assertThat(pagination.next()).isNull();
	}

}
