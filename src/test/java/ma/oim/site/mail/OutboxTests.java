package ma.oim.site.mail;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.Mailbox;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.web.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages leave after their transaction commits, in the recipient's language, and never when it rolls back. */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxTests {

	@Autowired
	Messages messages;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aMessageLeavesAfterCommitInTheRecipientsLanguageWithTheSitesName() throws Exception {
		String to = "outbox-" + UUID.randomUUID() + "@oim.test";
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(new OutgoingMail(to, Language.forCode("en"),
				"reset.mail.subject", "reset.mail.body", List.of("Amina", "https://example.test/link", 30))));
		MimeMessage message = Mailbox.waitFor(to);
		assertThat(message.getSubject()).isEqualTo("[IOM Morocco] Reset your password");
		assertThat(GreenMailUtil.getBody(message)).contains("https://example.test/link")
			.contains("30 minutes")
			.contains("International Organization for Migration");
	}

	@Test
	void anSmtpServerThatNeverAnswersHoldsNoRequestAndIsLogged(CapturedOutput output) throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			JavaMailSenderImpl slow = new JavaMailSenderImpl();
			slow.setHost("127.0.0.1");
			slow.setPort(silent.getLocalPort());
			Properties timeouts = new Properties();
			timeouts.put("mail.smtp.connectiontimeout", "1000");
			timeouts.put("mail.smtp.timeout", "1000");
			timeouts.put("mail.smtp.writetimeout", "1000");
			slow.setJavaMailProperties(timeouts);
			StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("slow", slow));
			Outbox outbox = new Outbox(beans.getBeanProvider(JavaMailSender.class), this.messages, Clock.systemUTC(),
					new MailProperties("no-reply@oim.test", 10, Duration.ofSeconds(10)));
			long start = System.nanoTime();
			outbox.send(new OutgoingMail("slow@oim.test", Language.record(), "reset.mail.subject", "reset.mail.body",
					List.of("A", "x", 30)));
			long handedOver = (System.nanoTime() - start) / 1_000_000;
			assertThat(handedOver).as("the caller does not wait for SMTP").isLessThan(200);
			outbox.destroy();
			long gaveUp = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("Silent SMTP server: handed over in %d ms, given up after %d ms%n", handedOver, gaveUp);
			assertThat(gaveUp).as("bounded by the timeouts").isLessThan(5_000);
			assertThat(output.getOut()).contains("to slow@oim.test not sent");
		}
	}

	@Test
	void aRolledBackTransactionSendsNothing() throws Exception {
		String rolledBack = "rolled-back-" + UUID.randomUUID() + "@oim.test";
		String committed = "committed-" + UUID.randomUUID() + "@oim.test";
		this.transaction.executeWithoutResult((status) -> {
			this.events.publishEvent(new OutgoingMail(rolledBack, Language.record(), "reset.mail.subject", "reset.mail.body",
					List.of("A", "x", 30)));
			status.setRollbackOnly();
		});
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(new OutgoingMail(committed,
				Language.record(), "reset.mail.subject", "reset.mail.body", List.of("A", "x", 30))));
		// Messages leave in order from one thread: once the second arrived, the first would have.
		assertThat(Mailbox.waitFor(committed).getSubject()).isEqualTo("[OIM Maroc] Réinitialiser votre mot de passe");
		assertThat(Mailbox.to(rolledBack)).isEmpty();
	}

}
