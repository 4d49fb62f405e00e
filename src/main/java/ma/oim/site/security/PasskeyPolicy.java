package ma.oim.site.security;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Require a passkey for administrator accounts", a setting kept in PostgreSQL (every node
 * reads the same) and changed by administrators only, each change audited.
 */
@Service
@Transactional
public class PasskeyPolicy {

	static final String SETTING = "require-passkey-for-administrators";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasskeyPolicy(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean requiredForAdministrators() {
		return this.jdbc.sql("select value from site_setting where name = ?")
			.param(SETTING)
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(false);
	}

	void set(boolean required, String administrator) {
		this.jdbc.sql("""
				insert into site_setting (name, value, updated_at, updated_by) values (?, ?, ?, ?)
				on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at,
				updated_by = excluded.updated_by""")
			.params(SETTING, Boolean.toString(required), Timestamp.from(this.clock.instant()), administrator)
			.update();
		this.events.publishEvent(new SettingChanged(administrator, SETTING, Boolean.toString(required)));
	}

}
