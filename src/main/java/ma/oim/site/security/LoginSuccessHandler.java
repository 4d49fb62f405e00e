package ma.oim.site.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.users.UserService;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Resets the failure count, logs the sign-in, then goes where the user was heading. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserService users;

	LoginSuccessHandler(UserService users) {
		this.users = users;
		setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.users.loginSucceeded(authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
