package ma.oim.site.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did what to what, when. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	/** The signed-in user's email, or the email typed at a failed sign-in. */
	private String actor;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private AuditTarget targetType;

	private String targetId;

	private String details;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, AuditAction action, AuditTarget targetType, String targetId,
			String details) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.details = details;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public AuditTarget getTargetType() {
		return this.targetType;
	}

	public String getTargetId() {
		return this.targetId;
	}

	public String getDetails() {
		return this.details;
	}

}
