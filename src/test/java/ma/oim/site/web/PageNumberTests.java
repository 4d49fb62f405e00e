package ma.oim.site.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The {@code page} parameter is read once, for every list, as Spring MVC reads a number:
 * what is not a page number is a bad request, a number past any list a missing page, and
 * the offsets of the pages that can exist fit the queries that use them.
 */
class PageNumberTests {

	final PageNumberArgumentResolver resolver = new PageNumberArgumentResolver();

	@Test
	void withoutTheParameterOrEmptyItIsTheFirstPage() {
		assertThat(resolve()).isEqualTo(PageNumber.FIRST);
		assertThat(resolve("")).isEqualTo(PageNumber.FIRST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "2", "100000", "007", "+3" })
	void aNumberWithinTheBoundsIsThatPage(String value) {
		assertThat(resolve(value).value()).isEqualTo(Integer.parseInt(value));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "000", "-1", "abc", "1.5", "1e3", "99999999999999999999" })
	void whatIsNotAPageNumberIsABadRequest(String value) {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> resolve(value));
	}

	@Test
	void twoValuesAreABadRequest() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> resolve("1", "2"));
	}

	/** Offsets past 2^31 made Hibernate fail with a 500; such pages are not found. */
	@ParameterizedTest
	@ValueSource(strings = { "100001", "50000000", "200000000", "2147483647", "999999999" })
	void aNumberPastEveryListIsNotFound(String value) {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> resolve(value));
	}

	@Test
	void theLastPossiblePageHasAnOffsetThatFitsAnInt() {
		PageNumber last = new PageNumber(PageNumber.MAX);
		assertThat(last.offset(1000)).isLessThan(Integer.MAX_VALUE);
		assertThat(last.index()).isEqualTo(PageNumber.MAX - 1);
	}

	@Test
	void aPagePastTheListIsNotFoundButTheFirstAlwaysExists() {
		PageNumber.FIRST.requireWithin(0);
		new PageNumber(3).requireWithin(3);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> new PageNumber(4).requireWithin(3));
	}

	@Test
	void aPageNumberIsNeverOutOfBounds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageNumber(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new PageNumber(PageNumber.MAX + 1));
	}

	private PageNumber resolve(String... values) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (values.length > 0) {
			request.addParameter("page", values);
		}
		return this.resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
	}

}
