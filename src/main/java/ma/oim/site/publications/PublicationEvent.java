package ma.oim.site.publications;

/**
 * Something an editor did to a publication, published inside the transaction that did it:
 * the audit log writes its line in that same transaction.
 *
 * @param details what the log shows beside the action (the French title, a file's language)
 */
public record PublicationEvent(Kind kind, long publicationId, String actor, String details) {

	public enum Kind {

		CREATED, SAVED, PUBLISHED, SCHEDULED, WITHDRAWN, DELETED, FILE_UPLOADED, FILE_REMOVED, COVER_UPLOADED,
		COVER_REMOVED,
		/** Its expiry time was set, changed or removed (details: the time, or "none"). */
		EXPIRY_CHANGED

	}

}
