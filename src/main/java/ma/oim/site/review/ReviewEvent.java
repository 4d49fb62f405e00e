package ma.oim.site.review;

/**
 * A step of a review (the submission itself is the article's own event), published inside
 * the transaction that took it: the audit log writes its line in the same transaction.
 *
 * @param details the comment or the reason (cut by the log), or the publication time
 */
public record ReviewEvent(Kind kind, long articleId, String actor, String details) {

	public enum Kind {

		COMMENTED, SENT_BACK, APPROVED

	}

}
