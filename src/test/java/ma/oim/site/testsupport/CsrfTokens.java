package ma.oim.site.testsupport;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * Spring Security's MockMvc {@code csrf()} swaps the running CSRF filter's repository for
 * one of its own that keeps tokens in the session, and leaves it there for every later
 * request, real HTTP ones included. Tests of the contact form, whose token lives in a
 * cookie, put the application's repository back first.
 */
public final class CsrfTokens {

	private CsrfTokens() {
	}

	public static void restore(WebApplicationContext context) {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext()),
				context.getBean(CsrfTokenRepository.class));
	}

}
