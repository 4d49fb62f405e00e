package ma.oim.site.contact;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import ma.oim.site.i18n.Language;
import ma.oim.site.security.ClientAddress;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SitePaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The contact page: the office, a map link, the press contacts and the form. A message
 * goes through, in order: Bean Validation (the form again, as typed, 422), the rate limits
 * (the form again, as typed, 429 with Retry-After), the spam checks (a bot is answered as
 * if its message were sent, and nothing is stored), then storage and the team's email.
 * The page carries a CSRF token and a stamp of its visitor's: shown, it is rendered once
 * with placeholders that the page cache fills in for each visitor ({@link ContactFormFields});
 * shown again after a post, with its visitor's values.
 */
@Controller
@EnableConfigurationProperties(ContactProperties.class)
class ContactController {

	private static final Logger logger = LoggerFactory.getLogger(ContactController.class);

	private static final String PAGE = "contact/contact";

	private final ContactMessages messages;

	private final FormStamps stamps;

	private final ContactThrottle throttle;

	private final ContactProperties properties;

	private final Messages bundles;

	private final ContactFormFields visitorFields;

	ContactController(ContactMessages messages, FormStamps stamps, ContactThrottle throttle,
			ContactProperties properties, Messages bundles, ContactFormFields visitorFields) {
		this.visitorFields = visitorFields;
		this.messages = messages;
		this.stamps = stamps;
		this.throttle = throttle;
		this.properties = properties;
		this.bundles = bundles;
	}

	@GetMapping(SitePaths.CONTACT)
	String contact(Language language, Model model, HttpServletRequest request, HttpServletResponse response) {
		ContactForm form = new ContactForm();
		this.visitorFields.renderWithPlaceholders(request, form);
		model.addAttribute("contactForm", form);
		return page(language, model, response);
	}

	@PostMapping(SitePaths.CONTACT)
	String send(@Valid @ModelAttribute ContactForm form, BindingResult result, Language language, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		FormStamps.Check stamp = this.stamps.check(form.getStamp());
		if (stamp == FormStamps.Check.EXPIRED || stamp == FormStamps.Check.FORGED) {
			// Shown again, the form must be sendable: a fresh stamp.
			form.setStamp(this.stamps.issue());
		}
		if (result.hasErrors()) {
			// The site's forms answer 422 when shown again with errors (FormErrorStatusInterceptor's rule).
			response.setStatus(422);
			return page(language, model, response);
		}
		String address = ClientAddress.of(request);
		Optional<Duration> wait = this.throttle.tryMessage(address, form.getEmail());
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds());
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			model.addAttribute("waitMinutes", Math.max(1, (seconds + 59) / 60));
			return page(language, model, response);
		}
		if (form.isHoneypotFilled() || stamp == FormStamps.Check.TOO_FAST || stamp == FormStamps.Check.FORGED) {
			logger.info("Contact message taken for spam ({}), not stored",
					form.isHoneypotFilled() ? "honeypot" : stamp);
			return sent(language);
		}
		if (stamp == FormStamps.Check.EXPIRED) {
			result.reject("contact.expired");
			response.setStatus(422);
			return page(language, model, response);
		}
		this.messages.receive(form, language, this.stamps.addressHash(address));
		return sent(language);
	}

	private String page(Language language, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String title = this.bundles.get("contact.title", language);
		model.addAttribute("contact", this.properties);
		model.addAttribute("action", SitePaths.contact(language));
		model.addAttribute("meta",
				PageMeta
					.of(language, title, this.bundles.get("contact.description", language),
							SitePaths.inEveryLanguage(SitePaths::contact))
					.withBreadcrumb(new Crumb(this.bundles.get("nav.home", language), SitePaths.home(language)),
							Crumb.current(title)));
		return PAGE;
	}

	/** After a post, the page again (no session: the notice is a parameter, not a flash attribute). */
	private static String sent(Language language) {
		return "redirect:" + SitePaths.contact(language) + "?sent";
	}

}
