package ma.oim.site.contact;

import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ma.oim.site.content.BidiControls;

/**
 * What a visitor types on the contact form, plus two fields people never fill: the
 * honeypot ({@code website}, hidden from people, filled by bots that fill every field) and
 * the signed time the form was shown ({@code stamp}, see {@link FormStamps}).
 * <p>
 * Text is cleaned as it is bound: single-line fields lose every bidirectional control and
 * control character, the message its embeddings and overrides and the control characters
 * other than line breaks and tabs (PostgreSQL cannot store NUL). The email is kept exactly
 * as typed, spaces around it aside, and refused if it holds a control character.
 */
public class ContactForm {

	static final int NAME_LENGTH = 100;

	static final int EMAIL_LENGTH = 320;

	static final int SUBJECT_LENGTH = 150;

	static final int MESSAGE_LENGTH = 5000;

	private static final Pattern LINE_CONTROLS = Pattern.compile("\\p{Cntrl}+");

	private static final Pattern TEXT_CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]+");

	@NotBlank
	@Size(max = NAME_LENGTH)
	private String name;

	@NotBlank
	@Email
	@Size(max = EMAIL_LENGTH)
	@jakarta.validation.constraints.Pattern(regexp = "[^\\p{Cntrl}]*", message = "{Email}")
	private String email;

	@NotBlank
	@Size(max = SUBJECT_LENGTH)
	private String subject;

	@NotBlank
	@Size(max = MESSAGE_LENGTH)
	private String message;

	private String website;

	private String stamp;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = line(name);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = line(subject);
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = (message != null)
				? TEXT_CONTROLS.matcher(BidiControls.stripEmbeddings(message)).replaceAll("").strip() : null;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getStamp() {
		return this.stamp;
	}

	public void setStamp(String stamp) {
		this.stamp = stamp;
	}

	/** A bot that fills every field it finds fills the hidden one too. */
	boolean isHoneypotFilled() {
		return this.website != null && !this.website.isEmpty();
	}

	private static String line(String text) {
		return (text != null) ? LINE_CONTROLS.matcher(BidiControls.strip(text)).replaceAll(" ").strip() : null;
	}

}
