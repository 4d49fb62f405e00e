package ma.oim.site.contact;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The contact page's settings ({@code oim.contact.*}).
 *
 * @param recipients who receives each message by email (OIM_CONTACT_RECIPIENTS, comma
 * separated); none: messages wait in the inbox only
 * @param formSecret the key that signs the form's timestamp (OIM_CONTACT_FORM_SECRET); blank:
 * a key made once and kept in the database
 * @param mapUrl the office on a map, a plain link (no map is loaded by the page itself)
 * @param pressEmail the press contact's address
 * @param pressPhone the press contact's phone, in international form (empty: not shown)
 */
@ConfigurationProperties("oim.contact")
public record ContactProperties(List<String> recipients, String formSecret, String mapUrl, String pressEmail,
		String pressPhone) {

	public ContactProperties {
		recipients = (recipients != null)
				? recipients.stream().map(String::strip).filter((address) -> !address.isEmpty()).toList() : List.of();
	}

	/** The press phone as a {@code tel:} link wants it. */
	public String pressPhoneLink() {
		return (this.pressPhone != null) ? "tel:" + this.pressPhone.replaceAll("[^0-9+]", "") : null;
	}

}
