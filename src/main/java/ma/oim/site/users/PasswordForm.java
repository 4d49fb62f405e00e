package ma.oim.site.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice. With {@code currentPassword} it is a user changing
 * their own; an administrator resetting someone else's leaves it empty.
 */
public class PasswordForm {

	public static final int MIN_LENGTH = 12;

	/** Long enough for any passphrase, short enough to bound what the hash has to read. */
	public static final int MAX_LENGTH = 200;

	private String currentPassword;

	@NotBlank
	@Size(min = MIN_LENGTH, max = MAX_LENGTH)
	private String newPassword;

	private String confirmation;

	public boolean isConfirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmation);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
