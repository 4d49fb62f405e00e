package ma.oim.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error ends here and gets the same localized HTML page, whatever the client
 * accepts: the site is HTML, and no stack trace or exception text is ever shown.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final Messages messages;

	SiteErrorController(Messages messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Language language, Model model) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
		}
		String kind = kind(status);
		model.addAttribute("errorKind", kind);
		model.addAttribute("errorMeta",
				PageMeta.error(language, this.messages.get("error." + kind + ".title", language)));
		return "error";
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String kind(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return "notFound";
		}
		if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
			return "tooLarge";
		}
		if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
			return "forbidden";
		}
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			return "methodNotAllowed";
		}
		return status.is5xxServerError() ? "serverError" : "badRequest";
	}

}
