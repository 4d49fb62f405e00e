package ma.oim.site.mail;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.Mailbox;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages leave after their transaction commits, in the recipient's language, and never when it rolls back. */
@SiteTest
class OutboxTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aMessageLeavesAfterCommitInTheRecipientsLanguageWithTheSitesName() throws Exception {
		String to = "outbox-" + UUID.randomUUID() + "@oim.test";
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(new OutgoingMail(to, Language.EN,
				"reset.mail.subject", "reset.mail.body", List.of("Amina", "https://example.test/link", 30))));
		MimeMessage message = Mailbox.waitFor(to);
		assertThat(message.getSubject()).isEqualTo("[IOM Morocco] Reset your password");
		assertThat(GreenMailUtil.getBody(message)).contains("https://example.test/link")
			.contains("30 minutes")
			.contains("International Organization for Migration");
	}

	@Test
	void aRolledBackTransactionSendsNothing() throws Exception {
		String rolledBack = "rolled-back-" + UUID.randomUUID() + "@oim.test";
		String committed = "committed-" + UUID.randomUUID() + "@oim.test";
		this.transaction.executeWithoutResult((status) -> {
			this.events.publishEvent(new OutgoingMail(rolledBack, Language.FR, "reset.mail.subject", "reset.mail.body",
					List.of("A", "x", 30)));
			status.setRollbackOnly();
		});
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(new OutgoingMail(committed,
				Language.FR, "reset.mail.subject", "reset.mail.body", List.of("A", "x", 30))));
		// Messages leave in order from one thread: once the second arrived, the first would have.
		assertThat(Mailbox.waitFor(committed).getSubject()).isEqualTo("[OIM Maroc] Réinitialiser votre mot de passe");
		assertThat(Mailbox.to(rolledBack)).isEmpty();
	}

}
