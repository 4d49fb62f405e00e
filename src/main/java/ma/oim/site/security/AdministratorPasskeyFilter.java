package ma.oim.site.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ma.oim.site.users.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When administrators must use a passkey ({@link PasskeyPolicy}), an administrator's session
 * opened by a password alone does not open the back office: with a passkey already, the
 * session ends and the sign-in page asks for the passkey; without one yet, the session may
 * only register one (the passkeys page), then sign in again with it.
 */
final class AdministratorPasskeyFilter extends OncePerRequestFilter {

	static final String PASSKEYS_PAGE = "/admin/account/passkeys";

	private final PasskeyPolicy policy;

	private final Passkeys passkeys;

	AdministratorPasskeyFilter(PasskeyPolicy policy, Passkeys passkeys) {
		this.policy = policy;
		this.passkeys = passkeys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/admin") || path.startsWith("/admin/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !has(authentication, Role.ADMIN.authority())
				|| has(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
				|| !this.policy.requiredForAdministrators()) {
			chain.doFilter(request, response);
			return;
		}
		if (this.passkeys.hasAny(authentication.getName())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect("/login?passkey");
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(PASSKEYS_PAGE)) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(PASSKEYS_PAGE + "?required");
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

}
