package ma.oim.site.users;

/**
 * Contributors write articles and submit them for review; editors review and publish;
 * administrators also manage accounts and read the audit log.
 */
public enum Role {

	CONTRIBUTOR, EDITOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Editors and administrators review others' work and may publish. */
	public boolean reviews() {
		return this != CONTRIBUTOR;
	}

}
