package ma.oim.site.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The time a contact form was shown, signed (HMAC-SHA256), sent back with the form. A
 * person takes more than {@link #TOO_FAST} to fill it in; a bot posting at once, or
 * without ever reading the page, does not. The key is {@code oim.contact.form-secret},
 * or else one made once and kept in PostgreSQL, so every node accepts every node's forms.
 * The same key makes the keyed hash that stands for the sender's address in the inbox.
 */
@Component
class FormStamps {

	static final Duration TOO_FAST = Duration.ofSeconds(3);

	static final Duration TOO_OLD = Duration.ofDays(1);

	/** What a stamp sent back says. */
	enum Check {

		/** Signed here, between {@link #TOO_FAST} and {@link #TOO_OLD} ago. */
		VALID,

		/** Signed here less than {@link #TOO_FAST} ago: a bot. */
		TOO_FAST,

		/** Signed here, but the form was open more than {@link #TOO_OLD}: a person may send it again. */
		EXPIRED,

		/** Missing, malformed or not signed with the key: a bot. */
		FORGED

	}

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String configuredSecret;

	private volatile SecretKeySpec key;

	FormStamps(JdbcClient jdbc, Clock clock, ContactProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.configuredSecret = properties.formSecret();
	}

	/** A stamp for a form shown now. */
	String issue() {
		long now = this.clock.instant().getEpochSecond();
		return now + "." + mac("stamp\n" + now);
	}

	Check check(String stamp) {
		if (stamp == null || stamp.length() > 80) {
			return Check.FORGED;
		}
		int dot = stamp.indexOf('.');
		if (dot < 1 || dot > 12) {
			return Check.FORGED;
		}
		long issued;
		try {
			issued = Long.parseLong(stamp.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return Check.FORGED;
		}
		byte[] expected = mac("stamp\n" + issued).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Check.FORGED;
		}
		long age = this.clock.instant().getEpochSecond() - issued;
		if (age < TOO_FAST.toSeconds()) {
			return Check.TOO_FAST;
		}
		return (age > TOO_OLD.toSeconds()) ? Check.EXPIRED : Check.VALID;
	}

	/** The sender's client address as the inbox keeps it: a keyed hash, the same for every message from it. */
	String addressHash(String clientAddress) {
		return mac("address\n" + clientAddress).substring(0, 22);
	}

	private String mac(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return BASE64.encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	/** The configured secret, or the database's key: the first node to need one makes it. */
	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current != null) {
			return current;
		}
		byte[] secret;
		if (this.configuredSecret != null && !this.configuredSecret.isBlank()) {
			secret = this.configuredSecret.getBytes(StandardCharsets.UTF_8);
		}
		else {
			byte[] made = new byte[32];
			new SecureRandom().nextBytes(made);
			this.jdbc.sql("insert into contact_form_key (id, secret) values (1, :secret) on conflict (id) do nothing")
				.param("secret", made)
				.update();
			secret = this.jdbc.sql("select secret from contact_form_key where id = 1").query(byte[].class).single();
		}
		current = new SecretKeySpec(secret, "HmacSHA256");
		this.key = current;
		return current;
	}

}
