package ma.oim.site.publications;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.Messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfiguration {

	@Bean
	FilterRegistrationBean<UploadTooLargeFilter> uploadTooLargeFilter(
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize, LocaleResolver locales,
			Messages messages) {
		FilterRegistrationBean<UploadTooLargeFilter> registration = new FilterRegistrationBean<>(
				new UploadTooLargeFilter(maxRequestSize.toBytes(), locales, messages));
		registration.addUrlPatterns("/admin/publications/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * An upload announced larger than the multipart limit is answered 413 from its length
	 * alone, with a short page in the editor's language, before anything reads the body:
	 * Spring Security would look for the CSRF token, which a browser sends after the file, and
	 * tell the editor "forbidden". The answer is flushed at once: Tomcat then reads at most
	 * {@code server.tomcat.max-swallow-size} of the body before closing the connection, and an
	 * answer left in its buffer until then would never be sent.
	 */
	static class UploadTooLargeFilter extends OncePerRequestFilter {

		private final long maxRequestSize;

		private final LocaleResolver locales;

		private final Messages messages;

		UploadTooLargeFilter(long maxRequestSize, LocaleResolver locales, Messages messages) {
			this.maxRequestSize = maxRequestSize;
			this.locales = locales;
			this.messages = messages;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= this.maxRequestSize) {
				chain.doFilter(request, response);
				return;
			}
			// The cookie or Accept-Language: reading the "lang" parameter would start reading the body.
			Language language = Language.of(this.locales.resolveLocale(request));
			String title = HtmlUtils.htmlEscape(this.messages.get("error.tooLarge.title", language));
			String text = HtmlUtils.htmlEscape(this.messages.get("error.tooLarge.text", language));
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("Connection", "close");
			response.setHeader("Cache-Control", "no-store");
			PrintWriter page = response.getWriter();
			page.write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\"" + language.direction()
					+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>" + text
					+ "</p><p><a href=\"/admin/publications\">" + HtmlUtils.htmlEscape(
							this.messages.get("admin.publications", language))
					+ "</a></p></main></body></html>\n");
			response.flushBuffer();
		}

	}

}
