package ma.oim.site.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The address a reset link is asked for. */
public class ForgotPasswordForm {

	@NotBlank
	@Email
	@Size(max = TypedEmail.MAX_LENGTH)
	@Pattern(regexp = "[^\\p{Cntrl}]*", message = "{Email}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	/** Spaces around a pasted address are not part of it. */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

}
