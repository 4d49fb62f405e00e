package ma.oim.site.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.users.AccountSessions;
import ma.oim.site.users.Devices;
import ma.oim.site.users.UserService;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Logs the sign-in, gives the attempt's tokens back to the throttle, makes this browser a
 * known device of the account, then goes where the user was heading.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserService users;

	private final SignInThrottle throttle;

	private final DeviceCookies devices;

	LoginSuccessHandler(UserService users, SignInThrottle throttle, DeviceCookies devices) {
		this.users = users;
		this.throttle = throttle;
		this.devices = devices;
		setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.users.loginSucceeded(authentication.getName());
		if (request.getAttribute(SignInGuard.ATTEMPT) instanceof SignInThrottle.Allowed attempt) {
			this.throttle.succeeded(attempt);
		}
		this.devices.issue(request, response, authentication.getName());
		request.getSession().setAttribute(AccountSessions.DEVICE, Devices.describe(request.getHeader("User-Agent")));
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
