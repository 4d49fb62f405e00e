package ma.oim.site.web;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateVariablesRequestTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest();

	private final TemplateVariablesRequest rendering = new TemplateVariablesRequest(this.request);

	@Test
	void theRequestsAttributesAreSeenThroughIt() {
		this.request.setAttribute("_csrf", "token");

		assertThat(this.rendering.getAttribute("_csrf")).isEqualTo("token");
		assertThat(this.rendering.getAttribute("absent")).isNull();
	}

	@Test
	void variablesItSetsStayOutOfTheRequestBelow() {
		this.rendering.setAttribute("card", "first");

		assertThat(this.rendering.getAttribute("card")).isEqualTo("first");
		assertThat(this.request.getAttribute("card")).isNull();
	}

	/** A th:each over a name the request already has: inside the loop, the loop's value; after it, none. */
	@Test
	void aVariableSetOverAnAttributeHidesItUntilRemoved() {
		this.request.setAttribute("item", "request's");

		this.rendering.setAttribute("item", "loop's");
		assertThat(this.rendering.getAttribute("item")).isEqualTo("loop's");
		this.rendering.removeAttribute("item");
		assertThat(this.rendering.getAttribute("item")).isNull();
		this.rendering.setAttribute("item", null);
		assertThat(this.rendering.getAttribute("item")).isNull();
		assertThat(this.request.getAttribute("item")).as("the request's own").isEqualTo("request's");
	}

	@Test
	void namesAreThoseOfTheRequestAndOfTheRenderingLessTheRemoved() {
		this.request.setAttribute("below", 1);
		this.request.setAttribute("removed", 2);
		this.rendering.setAttribute("set", 3);
		this.rendering.removeAttribute("removed");

		assertThat(Collections.list(this.rendering.getAttributeNames())).containsExactlyInAnyOrder("below", "set");
	}

}
