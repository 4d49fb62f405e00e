package ma.oim.site.audit;

import ma.oim.site.news.ArticleEvent;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log learns of changes through the modules' events, in the transaction that
 * made the change: a change and its line are committed together or not at all.
 */
@SiteTest
class AuditListenerTests {

	static final String ACTOR = "audit-listener@oim.test";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeLines() {
		this.jdbc.update("delete from audit_entry where actor = ?", ACTOR);
	}

	@Test
	void anEventCommittedWithItsChangeLeavesOneTypedLine() {
		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new ArticleEvent(ArticleEvent.Kind.WITHDRAWN, 4242, ACTOR, "Un titre")));

		assertThat(this.jdbc.queryForMap(
				"select action, target_type, target_id, details from audit_entry where actor = ?", ACTOR))
			.containsEntry("action", "ARTICLE_WITHDRAWN")
			.containsEntry("target_type", "article")
			.containsEntry("target_id", "4242")
			.containsEntry("details", "Un titre");
	}

	@Test
	void aChangeRolledBackLeavesNoLine() {
		this.transaction.executeWithoutResult((status) -> {
			this.events.publishEvent(new ArticleEvent(ArticleEvent.Kind.DELETED, 4243, ACTOR, "Un titre"));
			status.setRollbackOnly();
		});

		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Integer.class, ACTOR))
			.isZero();
	}

}
