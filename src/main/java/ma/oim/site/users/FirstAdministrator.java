package ma.oim.site.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * There is no default password anywhere: when no account exists at start-up, the first
 * administrator is created from OIM_ADMIN_EMAIL and OIM_ADMIN_PASSWORD, or, without a
 * password, with a random one written once to the log.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	static final String DEFAULT_EMAIL = "admin@localhost";

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final String email;

	private final String password;

	FirstAdministrator(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
			TransactionTemplate transaction, @Value("${oim.admin.email:}") String email,
			@Value("${oim.admin.password:}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.transaction = transaction;
		this.email = email.isBlank() ? DEFAULT_EMAIL : User.normalizeEmail(email);
		this.password = password;
		if (!password.isEmpty() && password.length() < PasswordForm.MIN_LENGTH) {
			throw new IllegalStateException(
					"OIM_ADMIN_PASSWORD must have at least " + PasswordForm.MIN_LENGTH + " characters");
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.transaction.executeWithoutResult((status) -> createIfNoAccount());
		}
		catch (DataIntegrityViolationException ex) {
			// Another node created it at the same moment: there is an administrator.
			logger.info("First administrator created by another instance");
		}
	}

	/** Answers whether it created the administrator. */
	public boolean createIfNoAccount() {
		if (this.users.count() > 0) {
			return false;
		}
		boolean generated = this.password.isEmpty();
		String initialPassword = generated ? randomPassword() : this.password;
		this.users.save(new User(this.email, "Administrator", this.passwordEncoder.encode(initialPassword),
				Role.ADMIN, this.clock.instant()));
		this.events.publishEvent(new AccountEvent(AccountEvent.Kind.ADMINISTRATOR_BOOTSTRAPPED, null, this.email,
				generated ? "generated password" : "password from OIM_ADMIN_PASSWORD"));
		if (generated) {
			logger.warn("No account existed: created administrator '{}' with the generated password '{}'. "
					+ "It is shown only this once: sign in at /login and change it.", this.email, initialPassword);
		}
		else {
			logger.info("No account existed: created administrator '{}' from OIM_ADMIN_PASSWORD", this.email);
		}
		return true;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
