package ma.oim.site.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator types to create an account. */
public class NewUserForm {

	@NotBlank
	@Email
	@Size(max = 320)
	private String email;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@NotNull
	private Role role = Role.EDITOR;

	@NotBlank
	@Size(min = PasswordForm.MIN_LENGTH, max = PasswordForm.MAX_LENGTH)
	private String password;

	public String getEmail() {
		return this.email;
	}

	/** Spaces around a pasted address are not part of it. */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
