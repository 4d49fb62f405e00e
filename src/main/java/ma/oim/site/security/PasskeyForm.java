package ma.oim.site.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The name its owner gives a passkey ("Laptop", "Phone"). */
public class PasskeyForm {

	@NotBlank
	@Size(max = Passkeys.MAX_LABEL_LENGTH)
	@Pattern(regexp = "[^\\p{Cntrl}\\p{Cf}]*", message = "{passkey.label.invalid}")
	private String label;

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = (label != null) ? label.strip() : null;
	}

}
