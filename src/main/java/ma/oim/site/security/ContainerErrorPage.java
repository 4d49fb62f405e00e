package ma.oim.site.security;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page Tomcat itself answers with, for what it refuses before the application sees
 * it ({@code %2f}, {@code %5c} or {@code ..;} in a path): a short page in French and
 * English that carries the same security headers as every page of the site, and never
 * the server's name or a stack trace.
 */
class ContainerErrorPage extends ErrorReportValve {

	private final MessageSource messages;

	ContainerErrorPage(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
			return;
		}
		java.util.concurrent.atomic.AtomicBoolean writable = new java.util.concurrent.atomic.AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		SecurityConfiguration.writeHeaders(response, request.isSecure());
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html");
		response.setCharacterEncoding("UTF-8");
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was taken: nothing more to send.
		}
	}

	String page(int status) {
		String kind = kind(status);
		String titleFr = message("error." + kind + ".title", Locale.FRENCH);
		String titleEn = message("error." + kind + ".title", Locale.ENGLISH);
		return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + titleFr + " – " + titleEn
				+ "</title></head><body><h1>" + titleFr + "</h1><p>" + message("error." + kind + ".text", Locale.FRENCH)
				+ "</p><p><a href=\"/fr\">" + message("error.home", Locale.FRENCH) + "</a></p><h2 lang=\"en\">" + titleEn
				+ "</h2><p lang=\"en\">" + message("error." + kind + ".text", Locale.ENGLISH) + "</p><p lang=\"en\"><a href=\"/en\">"
				+ message("error.home", Locale.ENGLISH) + "</a></p></body></html>\n";
	}

	private static String kind(int status) {
		return switch (status) {
			case 403 -> "forbidden";
			case 404 -> "notFound";
			case 405 -> "methodNotAllowed";
			case 413 -> "tooLarge";
			default -> (status >= 500) ? "serverError" : "badRequest";
		};
	}

	private String message(String code, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(code, null, locale), "UTF-8");
	}

}
