package ma.oim.site.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.users.UserService;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Records the failure in the audit log and answers with one message for every cause, so
 * that nobody learns whether an email has an account, or whether it is disabled. The
 * failure locks nothing: the sign-in throttle has already counted the attempt.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private final UserService users;

	LoginFailureHandler(UserService users) {
		super("/login?error");
		this.users = users;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		TypedEmail.of(request.getParameter("email")).ifPresent((email) -> this.users.loginFailed(email, reason(exception)));
		super.onAuthenticationFailure(request, response, exception);
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof LockedException) {
			return "account locked";
		}
		if (exception instanceof DisabledException) {
			return "account disabled";
		}
		return "bad credentials";
	}

}
