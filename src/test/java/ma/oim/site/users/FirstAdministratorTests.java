package ma.oim.site.users;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * No default password: the first administrator comes from OIM_ADMIN_EMAIL and
 * OIM_ADMIN_PASSWORD, or gets a random password written once to the log. Each test
 * empties the account table inside a transaction that is rolled back.
 */
@SiteTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void applicationStartedWithTheTwoVariablesHasThatAdministrator() {
		User admin = this.users.findByEmail(SiteTest.ADMIN_EMAIL).orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches(SiteTest.ADMIN_PASSWORD, admin.getPasswordHash())).isTrue();
	}

	@Test
	void createsTheAdministratorFromTheVariablesWhenNoAccountExists() {
		this.jdbc.update("delete from app_user");
		assertThat(bootstrap("Chef@OIM.test", "twelve+ characters").createIfNoAccount()).isTrue();
		User admin = this.users.findByEmail("chef@oim.test").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches("twelve+ characters", admin.getPasswordHash())).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ADMINISTRATOR_BOOTSTRAPPED' and target_id = 'chef@oim.test'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void withoutAPasswordARandomOneIsWrittenOnceToTheLog(CapturedOutput output) {
		this.jdbc.update("delete from app_user");
		assertThat(bootstrap("", "").createIfNoAccount()).isTrue();
		Matcher logged = Pattern.compile("administrator 'admin@localhost' with the generated password '([^']+)'")
			.matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		String password = logged.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordForm.MIN_LENGTH);
		assertThat(this.passwordEncoder.matches(password,
				this.users.findByEmail("admin@localhost").orElseThrow().getPasswordHash())).isTrue();
		assertThat(bootstrap("", "").createIfNoAccount()).as("only when no account exists").isFalse();
		assertThat(logged.find()).as("written once").isFalse();
	}

	@Test
	void doesNothingWhenAnAccountExists() {
		long before = this.users.count();
		assertThat(bootstrap("other@oim.test", "twelve+ characters").createIfNoAccount()).isFalse();
		assertThat(this.users.count()).isEqualTo(before);
		assertThat(this.users.findByEmail("other@oim.test")).isEmpty();
	}

	@Test
	void refusesATooShortPassword() {
		assertThatIllegalStateException().isThrownBy(() -> bootstrap("chef@oim.test", "short"))
			.withMessageContaining("at least 12");
	}

	private FirstAdministrator bootstrap(String email, String password) {
		return new FirstAdministrator(this.users, this.passwordEncoder, this.events, this.clock, this.transaction,
				email, password);
	}

}
