package ma.oim.site.news;

/**
 * Something an editor did to an article, published inside the transaction that did it:
 * the audit log writes its line in that same transaction.
 *
 * @param details what the log shows beside the action (the French title, a revision)
 */
public record ArticleEvent(Kind kind, long articleId, String actor, String details) {

	public enum Kind {

		CREATED, SAVED, PUBLISHED, SCHEDULED, WITHDRAWN, DELETED, RESTORED,
		/** A translation's own life changed (details: the language and its state). */
		TRANSLATION_STATE_CHANGED,
		/** The French changed: these translations (details) are out of date. */
		TRANSLATION_OUT_OF_DATE,
		/** An editor confirmed that a translation says what the French says now. */
		TRANSLATION_CONFIRMED,
		/** Its writer submitted it for review (details: the French title). */
		SUBMITTED,
		/** Its expiry time was set, changed or removed (details: the time, or "none"). */
		EXPIRY_CHANGED,
		/** A change to it, public or scheduled, was proposed and waits beside it (details: the French title). */
		PROPOSED,
		/** A reviewer approved the proposed change and it was applied (details: who proposed it). */
		PROPOSAL_APPLIED,
		/** The proposed change was dropped unapplied (details: who proposed it). */
		PROPOSAL_DISCARDED

	}

}
