package ma.oim.site.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When no SMTP server is configured, starts GreenMail (an SMTP server in the JVM, once per
 * JVM) and points the application at it, so that the tests can read every message sent.
 * The dev run ({@value #LOG_PROPERTY}) also writes each message to the log, link included,
 * and offers them over IMAP (user and password: the recipient's address).
 */
public class EmbeddedSmtpEnvironment implements EnvironmentPostProcessor, Ordered {

	public static final String LOG_PROPERTY = "oim.embedded-smtp.log";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedSmtpEnvironment.class);

	private static GreenMail server;

	/** Logging is not set up yet when the environment is prepared: Boot writes this later. */
	private final Log startLog;

	public EmbeddedSmtpEnvironment(DeferredLogFactory logs) {
		this.startLog = logs.getLog(EmbeddedSmtpEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.mail.host")
				&& !environment.getProperty(EmbeddedPostgresEnvironment.ALWAYS_PROPERTY, Boolean.class, false)) {
			return;
		}
		boolean log = Boolean.getBoolean(LOG_PROPERTY);
		GreenMail smtp = start(log);
		if (log) {
			this.startLog.info("Embedded SMTP server on 127.0.0.1:" + smtp.getSmtp().getPort()
					+ "; each message is logged here, and readable over IMAP on 127.0.0.1:" + smtp.getImap().getPort()
					+ " (user and password: the recipient's address)");
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedSmtp", Map.of("spring.mail.host", "127.0.0.1",
					"spring.mail.port", smtp.getSmtp().getPort())));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The JVM's SMTP server, started on first use. */
	public static synchronized GreenMail server() {
		return start(false);
	}

	private static synchronized GreenMail start(boolean log) {
		if (server == null) {
			ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
			ServerSetup imap = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
			server = log ? new GreenMail(new ServerSetup[] { smtp, imap }) : new GreenMail(smtp);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			if (log) {
				Thread printer = new Thread(EmbeddedSmtpEnvironment::logMessages, "embedded-smtp-log");
				printer.setDaemon(true);
				printer.start();
			}
		}
		return server;
	}

	private static void logMessages() {
		int seen = 0;
		while (true) {
			server.waitForIncomingEmail(60_000, seen + 1);
			MimeMessage[] messages = server.getReceivedMessages();
			for (; seen < messages.length; seen++) {
				try {
					// getContent decodes the body (quoted-printable), so the link can be copied as it is.
					logger.info("Mail to {}: {}\n{}", messages[seen].getAllRecipients()[0],
							messages[seen].getSubject(), messages[seen].getContent());
				}
				catch (Exception ex) {
					logger.warn("Could not read message {}: {}", seen, ex.getMessage());
				}
			}
		}
	}

}
