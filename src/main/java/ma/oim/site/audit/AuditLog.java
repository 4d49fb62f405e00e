package ma.oim.site.audit;

import java.time.Clock;

import ma.oim.site.web.PageNumber;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log. */
@Service
class AuditLog {

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
	void record(String actor, AuditAction action, AuditTarget target, Object targetId, String details) {
		this.entries.save(new AuditEntry(this.clock.instant(), truncate(actor, 320), action, target,
				(targetId != null) ? truncate(targetId.toString(), 100) : null, truncate(details, MAX_TEXT)));
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> page(PageNumber page) {
		return this.entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(page.index(), PAGE_SIZE));
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
