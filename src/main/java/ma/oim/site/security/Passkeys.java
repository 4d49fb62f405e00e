package ma.oim.site.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import ma.oim.site.users.AccountEvent;
import ma.oim.site.users.AccountEvent.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys of each account, as its owner and the administrators see and change them.
 * Spring Security's JDBC repositories write the tables (V15) during the ceremonies; this
 * reads them, renames and removes, always within the account named, so nobody touches
 * another account's passkey by changing an id.
 */
@Service
@Transactional
public class Passkeys {

	static final int MAX_LABEL_LENGTH = 100;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Passkeys(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** One passkey, as its owner sees it. */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {

	}

	@Transactional(readOnly = true)
	public List<Passkey> of(String email) {
		return this.jdbc.sql("""
				select c.credential_id, c.label, c.created, c.last_used
				from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where u.name = ? order by c.created""")
			.param(email)
			.query((rs, row) -> new Passkey(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
					instant(rs.getTimestamp(4))))
			.list();
	}

	@Transactional(readOnly = true)
	public boolean hasAny(String email) {
		return this.jdbc.sql("""
				select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where u.name = ?""").param(email).query(Long.class).single() > 0;
	}

	/** Answers false when the account has no passkey by that id. */
	public boolean rename(String email, String id, String label) {
		int changed = this.jdbc.sql("""
				update user_credentials set label = ? where credential_id = ?
				and user_entity_user_id in (select id from user_entities where name = ?)""")
			.params(label, id, email)
			.update();
		if (changed > 0) {
			this.events.publishEvent(new AccountEvent(Kind.PASSKEY_RENAMED, email, email, label));
		}
		return changed > 0;
	}

	/** Answers false when the account has no passkey by that id. */
	public boolean remove(String actor, String email, String id) {
		String label = this.jdbc.sql("""
				delete from user_credentials where credential_id = ?
				and user_entity_user_id in (select id from user_entities where name = ?) returning label""")
			.params(id, email)
			.query(String.class)
			.optional()
			.orElse(null);
		if (label != null) {
			this.events.publishEvent(new AccountEvent(Kind.PASSKEY_REMOVED, actor, email, label));
		}
		return label != null;
	}

	/** An administrator removes every passkey of an account (a lost device): its owner signs in with the password again. */
	public int removeAll(String administrator, String email) {
		int removed = this.jdbc.sql("""
				delete from user_credentials
				where user_entity_user_id in (select id from user_entities where name = ?)""").param(email).update();
		this.events.publishEvent(new AccountEvent(Kind.PASSKEY_REMOVED, administrator, email, "all: " + removed));
		return removed;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
