package ma.oim.site.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Every error ends here and gets the same localized HTML page, whatever the client
 * accepts: the site is HTML, and no stack trace or exception text is ever shown. A page
 * that is not found may have moved: {@link MovedAddresses} is asked first.
 */
@Controller
class SiteErrorController implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(SiteErrorController.class);

	private final Messages messages;

	private final List<MovedAddresses> movedAddresses;

	SiteErrorController(Messages messages, List<MovedAddresses> movedAddresses) {
		this.messages = messages;
		this.movedAddresses = movedAddresses;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Language language, Model model) {
		HttpStatus status = status(request);
		if (status == HttpStatus.NOT_FOUND && isRead(request)) {
			Optional<String> moved = newAddress(request);
			if (moved.isPresent()) {
				response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
				response.setHeader("Location", UriComponentsBuilder.fromUriString(moved.get()).encode().toUriString());
				return null;
			}
		}
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

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	/** A path that cannot be decoded, or a database that cannot answer, has not moved. */
	private Optional<String> newAddress(HttpServletRequest request) {
		if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
			return Optional.empty();
		}
		try {
			String path = UriUtils.decode(uri.substring(request.getContextPath().length()), StandardCharsets.UTF_8);
			for (MovedAddresses addresses : this.movedAddresses) {
				Optional<String> moved = addresses.newAddressOf(path);
				if (moved.isPresent()) {
					return moved;
				}
			}
		}
		catch (IllegalArgumentException | DataAccessException ex) {
			logger.debug("No redirect looked up for {}", uri, ex);
		}
		return Optional.empty();
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
