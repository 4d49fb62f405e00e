package ma.oim.site.web.cache;

import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events list reads its filters: the page cache keeps one entry per filter, and the
 * parameters the list does not read, or other spellings of those it does, share it.
 */
@SiteTest
class EventsListCacheKeyTests {

	@Test
	void theEventsListsKeyHoldsItsAxisYearAndPageAndNothingElse() {
		assertThat(key("/fr/evenements", "axis=protection-et-resilience&year=2026&utm_source=x&page=1"))
			.isEqualTo("http:/fr/evenements?axis=protection-et-resilience&year=2026");
		assertThat(key("/fr/evenements", "year=02026&axis=&page=2"))
			.isEqualTo("http:/fr/evenements?page=2&year=2026");
		assertThat(key("/fr/evenements", "axis=&year=")).isEqualTo("http:/fr/evenements");
		assertThat(key("/en/events", "axis=youth-support")).isEqualTo("http:/en/events?axis=youth-support");
		// Refused or ambiguous values: not kept, the application answers.
		assertThat(key("/fr/evenements", "year=abc")).isNull();
		assertThat(key("/fr/evenements", "year=2025&year=2026")).isNull();
		// The calls list still reads only its page.
		assertThat(key("/fr/appels", "axis=protection-et-resilience&year=2026")).isEqualTo("http:/fr/appels");
	}

	private static String key(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			request.addParameter(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return PageCacheFilter.key(request);
	}

}
