package ma.oim.site.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The values of one visitor's that a public page carries (a public form's CSRF token and
 * time stamp). A controller renders such a page with {@link #placeholders()} where the
 * values go and sets itself as the request attribute {@link #ATTRIBUTE}; the page cache
 * then keeps the page once for everyone and puts each visitor's values in as it serves
 * it, so the page costs no rendering and still never shows one visitor's token to another.
 */
public interface VisitorFields {

	String ATTRIBUTE = VisitorFields.class.getName();

	/** Texts the page is rendered with where the values go: letters and digits only, so that no escaping changes them. */
	List<String> placeholders();

	/** Each placeholder's value for this request's visitor; it may add a cookie to the response. */
	Map<String, String> valuesFor(HttpServletRequest request, HttpServletResponse response);

}
