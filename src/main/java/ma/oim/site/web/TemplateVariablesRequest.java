package ma.oim.site.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as a template sees it: Thymeleaf keeps every variable of a template (the
 * model, and each {@code th:each} or {@code th:with} value) as a request attribute, and
 * reading one goes through the wrappers of Spring Security, Spring Session and the
 * resource URL filter, thousands of times a page (docs/performance.md). Here the
 * attributes the rendering sets are kept in a map of their own, read first; the
 * request's own attributes stay visible through it.
 */
final class TemplateVariablesRequest extends HttpServletRequestWrapper {

	/** An attribute the rendering removed, which may still exist in the request below. */
	private static final Object REMOVED = new Object();

	private final Map<String, Object> set = new HashMap<>();

	TemplateVariablesRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public Object getAttribute(String name) {
		Object value = this.set.get(name);
		if (value == null) {
			return super.getAttribute(name);
		}
		return (value != REMOVED) ? value : null;
	}

	@Override
	public void setAttribute(String name, Object value) {
		this.set.put(name, (value != null) ? value : REMOVED);
	}

	@Override
	public void removeAttribute(String name) {
		this.set.put(name, REMOVED);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
		this.set.forEach((name, value) -> {
			if (value == REMOVED) {
				names.remove(name);
			}
			else {
				names.add(name);
			}
		});
		return Collections.enumeration(names);
	}

}
