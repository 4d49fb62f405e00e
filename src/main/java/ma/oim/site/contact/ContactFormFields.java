package ma.oim.site.contact;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.web.VisitorFields;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;

/**
 * The contact form's values of one visitor's: the CSRF token (its cookie set here when
 * the visitor has none yet, and masked for the page as Spring Security masks it) and the
 * time stamp. The page is rendered once with placeholders and kept by the page cache,
 * which asks these values for every visitor it serves.
 */
@Component
class ContactFormFields implements VisitorFields {

	static final String CSRF_PLACEHOLDER = "oimVisitorFieldCsrfToken";

	static final String STAMP_PLACEHOLDER = "oimVisitorFieldFormStamp";

	private static final List<String> PLACEHOLDERS = List.of(CSRF_PLACEHOLDER, STAMP_PLACEHOLDER);

	private final CsrfTokenRepository tokens;

	private final FormStamps stamps;

	private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();

	ContactFormFields(CsrfTokenRepository tokens, FormStamps stamps) {
		this.tokens = tokens;
		this.stamps = stamps;
	}

	/** Makes the page being rendered carry placeholders, to be filled in for each visitor. */
	void renderWithPlaceholders(HttpServletRequest request, ContactForm form) {
		CsrfToken placeholder = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", CSRF_PLACEHOLDER);
		request.setAttribute(CsrfToken.class.getName(), placeholder);
		request.setAttribute(placeholder.getParameterName(), placeholder);
		form.setStamp(STAMP_PLACEHOLDER);
		request.setAttribute(ATTRIBUTE, this);
	}

	@Override
	public List<String> placeholders() {
		return PLACEHOLDERS;
	}

	@Override
	public Map<String, String> valuesFor(HttpServletRequest request, HttpServletResponse response) {
		CsrfToken token = this.tokens.loadToken(request);
		if (token == null) {
			token = this.tokens.generateToken(request);
			this.tokens.saveToken(token, request, response);
		}
		CsrfToken stored = token;
		this.masking.handle(request, response, () -> stored);
		CsrfToken masked = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return Map.of(CSRF_PLACEHOLDER, masked.getToken(), STAMP_PLACEHOLDER, this.stamps.issue());
	}

}
