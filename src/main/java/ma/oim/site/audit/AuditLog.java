package ma.oim.site.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log. */
@Service
public class AuditLog {

	public static final int PAGE_SIZE = 50;

	private static final int MAX_TEXT = 1000;

	private final AuditRepository entries;

	private final Clock clock;

	AuditLog(AuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records an event. It joins the caller's transaction, so a change and its entry are
	 * committed together or not at all.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, AuditAction action, String targetType, Object targetId, String details) {
		this.entries.save(new AuditEntry(this.clock.instant(), truncate(actor, 320), action, targetType,
				(targetId != null) ? truncate(targetId.toString(), 100) : null, truncate(details, MAX_TEXT)));
	}

	/** Newest first; {@code pageNumber} is 0-based. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> page(int pageNumber) {
		return this.entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(pageNumber, PAGE_SIZE));
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
