package ma.oim.site.review;

import java.sql.Timestamp;
import java.time.Clock;

import ma.oim.site.news.PublishingRights;
import ma.oim.site.security.SettingChanged;
import ma.oim.site.users.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who publishes without review. Contributors never do. Editors and administrators do
 * unless the site's setting "editors publish without review" (kept in PostgreSQL, true when
 * never set: Drupal's and Wagtail's usual choice) is switched off by an administrator; then
 * their work too waits for another editor's approval.
 */
@Service
@Transactional
public class ReviewPolicy implements PublishingRights {

	static final String SETTING = "editors-publish-without-review";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewPolicy(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean publishesDirectly(Authentication who) {
		return reviews(who) && editorsPublishWithoutReview();
	}

	@Override
	public boolean writesOthersArticles(Authentication who) {
		return reviews(who);
	}

	/** Editors and administrators review (and publish, after a review when the setting says so). */
	public boolean reviews(Authentication who) {
		return who != null && who.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> authority.equals(Role.EDITOR.authority()) || authority.equals(Role.ADMIN.authority()));
	}

	@Transactional(readOnly = true)
	public boolean editorsPublishWithoutReview() {
		return this.jdbc.sql("select value from site_setting where name = ?")
			.param(SETTING)
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(true);
	}

	void setEditorsPublishWithoutReview(boolean value, String administrator) {
		this.jdbc.sql("""
				insert into site_setting (name, value, updated_at, updated_by) values (?, ?, ?, ?)
				on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at,
				updated_by = excluded.updated_by""")
			.params(SETTING, Boolean.toString(value), Timestamp.from(this.clock.instant()), administrator)
			.update();
		this.events.publishEvent(new SettingChanged(administrator, SETTING, Boolean.toString(value)));
	}

}
