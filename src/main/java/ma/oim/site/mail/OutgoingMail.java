package ma.oim.site.mail;

import java.util.List;

import ma.oim.site.i18n.Language;

/**
 * A plain-text message to send, published as an application event inside the transaction
 * that decides it: it leaves only once that transaction commits, and never holds it.
 *
 * @param to the recipient's address
 * @param language the recipient's language
 * @param subjectCode the bundle key of the subject
 * @param bodyCode the bundle key of the body; {@code arguments} fill its placeholders
 * @param replyTo where replies go (a visitor who wrote to the team), or null: to the sender
 */
public record OutgoingMail(String to, Language language, String subjectCode, String bodyCode,
		List<Object> arguments, String replyTo) {

	public OutgoingMail {
		arguments = List.copyOf(arguments);
	}

	public OutgoingMail(String to, Language language, String subjectCode, String bodyCode, List<Object> arguments) {
		this(to, language, subjectCode, bodyCode, arguments, null);
	}

}
