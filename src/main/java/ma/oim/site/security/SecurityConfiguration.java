package ma.oim.site.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.users.Role;
import ma.oim.site.web.ContentSecurityPolicy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The public site is open to all; {@code /admin} needs a signed-in editor (contributors
 * reach only the articles and their account), account management and the audit log an
 * administrator; each refusal of a signed-in account is an audit line. CSRF protection stays on for every
 * form; the session id changes at sign-in (fixation). Sign-in attempts pass the
 * {@link SignInGuard} (rate limits, bounded password hashing) before anything else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.SITE;

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/** Spring Security's default: a year, subdomains included. */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSuccessHandler loginSuccess,
			LoginFailureHandler loginFailure, SignInThrottle throttle, DeviceCookies devices, SignInAttempts attempts,
			TooManyAttemptsPage tooManyAttempts, SignInProperties properties, PasskeySignIn passkeySignIn,
			PasskeyPolicy passkeyPolicy, Passkeys passkeys, CsrfTokenRepository csrfTokens,
			ApplicationEventPublisher events) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/admin/users/**", "/admin/audit/**", "/admin/redirects/**", "/admin/review/setting")
			.hasRole(Role.ADMIN.name())
			// Contributors write articles (their own: news checks it) and keep their account; nothing else.
			.requestMatchers("/admin", "/admin/articles", "/admin/articles/**", "/admin/markdown", "/admin/account/**",
					"/webauthn/register/**")
			.hasAnyRole(Role.CONTRIBUTOR.name(), Role.EDITOR.name(), Role.ADMIN.name())
			.requestMatchers("/admin/**").hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.anyRequest().permitAll());
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AuditedAccessDenied(events)));
		http.formLogin((login) -> login.loginPage("/login")
			.usernameParameter("email")
			.successHandler(loginSuccess)
			.failureHandler(loginFailure)
			.permitAll());
		// Before the CSRF check, which reads the session: a refused attempt costs no database work.
		http.addFilterBefore(new SignInGuard(throttle, devices, attempts, tooManyAttempts, passkeySignIn, properties), CsrfFilter.class);
		// Passkeys: Spring Security's endpoints (JSON), the site's own pages and script. A
		// passkey sign-in changes the session id and the CSRF token as a password one does.
		http.webAuthn((webAuthn) -> webAuthn.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationSuccessHandler(passkeySignIn);
					filter.setAuthenticationFailureHandler(passkeySignIn);
					filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
							List.of(new ChangeSessionIdAuthenticationStrategy(),
									new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()))));
					return filter;
				}
			}));
		http.addFilterBefore(new PasskeySignInErrors(passkeySignIn), BasicAuthenticationFilter.class);
		// Registration options are for a signed-in user only (their filter stands before authorisation).
		http.addFilterBefore(new SignedInOnly("/webauthn/register/options"), AuthorizationFilter.class);
		http.addFilterAfter(new AdministratorPasskeyFilter(passkeyPolicy, passkeys), AuthorizationFilter.class);
		// Tokens in the session, but the public contact form's in a cookie (no session per visitor).
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		// Public pages and assets set their own caching; the back office must never be stored.
		RequestMatcher backOffice = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/admin"),
				PathPatternRequestMatcher.withDefaults().matcher("/login"),
				PathPatternRequestMatcher.withDefaults().matcher("/login/**"));
		http.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(backOffice, new CacheControlHeadersWriter()))
			.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions
				.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/** Where CSRF tokens are kept: the session, the contact form's in a cookie ({@link PublicFormCsrfTokens}). */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new PublicFormCsrfTokens();
	}

	/**
	 * A path that Spring Security's firewall refuses ({@code ..;}, a semicolon, an
	 * encoded slash that Tomcat let through) is answered before the filter that writes
	 * the headers: it writes them here, then the site's error page follows.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			writeHeaders(response, request.isSecure());
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	/**
	 * The headers above, for the responses that never pass through Spring Security:
	 * the ones Tomcat answers itself ({@link ContainerErrorPage}) and the ones the firewall refuses.
	 */
	static void writeHeaders(HttpServletResponse response, boolean secure) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-XSS-Protection", "0");
		response.setHeader("Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		if (secure) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

	/** Before Spring Session reads the cookie (its filter's order is the highest plus 50). */
	@Bean
	FilterRegistrationBean<SessionCookieFilter> sessionCookieFilter(
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<SessionCookieFilter> registration = new FilterRegistrationBean<>(
				new SessionCookieFilter(sessionCookie));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** Argon2 (memory-hard, slow on purpose), behind a prefix so the scheme can change later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
