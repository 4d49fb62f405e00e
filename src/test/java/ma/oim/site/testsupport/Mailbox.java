package ma.oim.site.testsupport;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** The messages the embedded SMTP server received, by recipient. */
public final class Mailbox {

	private Mailbox() {
	}

	/** The latest message to {@code to}, waiting up to ten seconds for one (sending is asynchronous). */
	public static MimeMessage waitFor(String to) throws Exception {
		List<MimeMessage> found = waitFor(to, 1);
		return found.get(found.size() - 1);
	}

	/** The messages to {@code to}, waiting up to ten seconds until there are {@code count} of them. */
	public static List<MimeMessage> waitFor(String to, int count) throws Exception {
		GreenMail server = EmbeddedSmtpEnvironment.server();
		long until = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < until) {
			List<MimeMessage> found = to(to);
			if (found.size() >= count) {
				return found;
			}
			server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
		}
		throw new AssertionError("Fewer than " + count + " messages to " + to);
	}

	public static List<MimeMessage> to(String to) {
		return Arrays.stream(EmbeddedSmtpEnvironment.server().getReceivedMessages()).filter((message) -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
