package ma.oim.site.users;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An editor or administrator of the site. */
@Entity
@Table(name = "app_user")
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant lastLoginAt;

	private Instant createdAt;

	/** The language of the account's emails; null until the account first uses one. */
	private String language;

	@Version
	private long version;

	protected User() {
	}

	public User(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
		this.email = normalizeEmail(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	/** Emails are compared without case and surrounding spaces. */
	public static String normalizeEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
	}

	/** What the account list shows: active, locked for now, or disabled. */
	public String stateAt(Instant now) {
		if (!this.enabled) {
			return "disabled";
		}
		return isLockedAt(now) ? "locked" : "active";
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void succeededLogin(Instant now) {
		this.failedLogins = 0;
		this.lockedUntil = null;
		this.lastLoginAt = now;
	}

	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void setLanguageIfNone(String language) {
		if (this.language == null) {
			this.language = language;
		}
	}

	public String getLanguage() {
		return this.language;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setRole(Role role) {
		this.role = role;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

}
