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
		GreenMail server = EmbeddedSmtpEnvironment.server();
		long until = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < until) {
			List<MimeMessage> found = to(to);
			if (!found.isEmpty()) {
				return found.get(found.size() - 1);
			}
			server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No message to " + to);
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
