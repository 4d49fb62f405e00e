package ma.oim.site.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers 403 as Spring Security does (the site's error page), and tells the audit log when
 * a signed-in account was refused for its role. A missing CSRF token is a broken or forged
 * form, not a question of role: it is answered the same, without a line.
 */
class AuditedAccessDenied implements AccessDeniedHandler {

	private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

	private final ApplicationEventPublisher events;

	AuditedAccessDenied(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (!(refused instanceof CsrfException) && who != null && who.isAuthenticated()
				&& !"anonymousUser".equals(who.getPrincipal())) {
			this.events.publishEvent(new AccessRefused(who.getName(),
					request.getMethod() + " " + request.getRequestURI(), refused.getMessage()));
		}
		this.answer.handle(request, response, refused);
	}

}
