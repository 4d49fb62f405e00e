package ma.oim.site.mail;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import ma.oim.site.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each {@link OutgoingMail} once the transaction that published it has committed
 * (never when it rolls back), on a thread of its own: neither the transaction nor the
 * request waits for the SMTP server, whose timeouts are bounded (application.properties).
 * A message that cannot be sent is logged, never shown to the visitor as an error. Without
 * SMTP settings (no {@code spring.mail.host}) messages are logged as not sent.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
class Outbox implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Outbox.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final Messages messages;

	private final Clock clock;

	private final MailProperties properties;

	private final ThreadPoolExecutor sending;

	Outbox(ObjectProvider<JavaMailSender> sender, Messages messages, Clock clock, MailProperties properties) {
		this.sender = sender;
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
		this.sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(properties.queue()),
				(task) -> {
					Thread thread = new Thread(task, "mail-outbox");
					thread.setDaemon(true);
					return thread;
				});
	}

	/** Also outside a transaction (fallbackExecution): the message leaves at once then. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void send(OutgoingMail mail) {
		SimpleMailMessage message = compose(mail);
		try {
			this.sending.execute(() -> deliver(message));
		}
		catch (RejectedExecutionException ex) {
			logger.error("Mail queue full: message '{}' to {} dropped", mail.subjectCode(), mail.to());
		}
	}

	SimpleMailMessage compose(OutgoingMail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(mail.to());
		if (mail.replyTo() != null) {
			message.setReplyTo(mail.replyTo());
		}
		message.setSentDate(Date.from(this.clock.instant()));
		message.setSubject(this.messages.get("mail.subject", mail.language(),
				this.messages.get("site.shortName", mail.language()),
				this.messages.get(mail.subjectCode(), mail.language())));
		message.setText(this.messages.get(mail.bodyCode(), mail.language(), mail.arguments().toArray()) + "\n\n-- \n"
				+ this.messages.get("mail.signature", mail.language(), this.messages.get("site.name", mail.language())));
		return message;
	}

	private void deliver(SimpleMailMessage message) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			logger.warn("No SMTP server configured (SPRING_MAIL_HOST): message '{}' to {} not sent",
					message.getSubject(), message.getTo()[0]);
			return;
		}
		try {
			mailSender.send(message);
			logger.info("Mail '{}' sent to {}", message.getSubject(), message.getTo()[0]);
		}
		catch (RuntimeException ex) {
			logger.error("Mail '{}' to {} not sent: {}", message.getSubject(), message.getTo()[0], ex.getMessage());
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.sending.shutdown();
		this.sending.awaitTermination(this.properties.shutdownWait().toMillis(), TimeUnit.MILLISECONDS);
	}

}
