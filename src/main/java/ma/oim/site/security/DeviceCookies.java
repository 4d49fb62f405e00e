package ma.oim.site.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.users.User;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * OWASP's device cookie: a browser that signed in to an account gets a long-lived cookie
 * that names it as a known device of that account, so that its next attempts are not
 * slowed down by strangers' failures on the same account. The cookie holds a random
 * device id, the time it was issued and an HMAC-SHA256 of both with the account's email
 * (the email itself is not in it). The key is made once and kept in PostgreSQL, so that
 * every node accepts the cookies of the others.
 */
@Component
class DeviceCookies {

	static final String NAME = "OIM_DEVICE";

	private static final int MAX_LENGTH = 200;

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration lifetime;

	private final SecureRandom random = new SecureRandom();

	private volatile SecretKeySpec key;

	DeviceCookies(JdbcClient jdbc, Clock clock, SignInProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = properties.deviceCookieLifetime();
	}

	/** The device id, when the request carries a valid, unexpired cookie for {@code email}. */
	Optional<String> knownDevice(HttpServletRequest request, String email) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || email == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				Optional<String> device = verify(cookie.getValue(), email);
				if (device.isPresent()) {
					return device;
				}
			}
		}
		return Optional.empty();
	}

	/** After a successful sign-in: this browser is now a known device of the account. */
	void issue(HttpServletRequest request, HttpServletResponse response, String email) {
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		String device = BASE64.encodeToString(id);
		long issued = this.clock.instant().getEpochSecond();
		String value = device + "." + issued + "." + mac(User.normalizeEmail(email), device, issued);
		ResponseCookie cookie = ResponseCookie.from(NAME, value)
			.path("/login")
			.maxAge(this.lifetime)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private Optional<String> verify(String value, String email) {
		if (value == null || value.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String[] parts = value.split("\\.", -1);
		if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[1].length() > 12) {
			return Optional.empty();
		}
		long issued;
		try {
			issued = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		long now = this.clock.instant().getEpochSecond();
		if (issued > now + 60 || now - issued > this.lifetime.toSeconds()) {
			return Optional.empty();
		}
		byte[] expected = mac(User.normalizeEmail(email), parts[0], issued).getBytes(StandardCharsets.US_ASCII);
		byte[] given = parts[2].getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(parts[0]) : Optional.empty();
	}

	private String mac(String email, String device, long issued) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			byte[] signature = mac.doFinal((email + "\n" + device + "\n" + issued).getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	/** Read on first use: the first node to need a key makes it, the others read that one. */
	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			synchronized (this) {
				current = this.key;
				if (current == null) {
					byte[] secret = new byte[32];
					this.random.nextBytes(secret);
					this.jdbc.sql("insert into sign_in_key (id, secret) values (1, :secret) on conflict (id) do nothing")
						.param("secret", secret)
						.update();
					current = new SecretKeySpec(
							this.jdbc.sql("select secret from sign_in_key where id = 1").query(byte[].class).single(),
							"HmacSHA256");
					this.key = current;
				}
			}
		}
		return current;
	}

}
