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
 */
public record OutgoingMail(String to, Language language, String subjectCode, String bodyCode,
		List<Object> arguments) {

	public OutgoingMail {
		arguments = List.copyOf(arguments);
	}

}
