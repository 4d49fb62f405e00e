package ma.oim.site.users;

/** Editors write and publish; administrators also manage accounts and read the audit log. */
public enum Role {

	EDITOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
