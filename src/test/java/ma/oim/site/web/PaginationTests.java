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

	/** 10,000 pages (100,000 articles): the first, the last and the current one's neighbours, with gaps. */
	@Test
	void longListLinksOnlyTheEndsAndTheNeighboursOfTheCurrentPage() {
		Pagination pagination = Pagination.of(500, 10_000, UriComponentsBuilder.fromPath("/fr/actualites"));
		assertThat(pagination.pages()).extracting((link) -> link.isGap() ? "…" : String.valueOf(link.number()))
			.containsExactly("1", "…", "498", "499", "500", "501", "502", "…", "10000");
		assertThat(pagination.pages().get(8).path()).isEqualTo("/fr/actualites?page=10000");
		assertThat(Pagination.of(1, 10_000, UriComponentsBuilder.fromPath("/fr/actualites")).pages())
			.extracting((link) -> link.isGap() ? "…" : String.valueOf(link.number()))
			.containsExactly("1", "2", "3", "…", "10000");
	}

	@Test
	void noGapStandsForASinglePage() {
		assertThat(Pagination.of(5, 10, UriComponentsBuilder.fromPath("/en/news")).pages())
			.extracting((link) -> link.isGap() ? "…" : String.valueOf(link.number()))
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "…", "10");
	}

}
