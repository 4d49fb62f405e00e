package ma.oim.site.contact;

/**
 * A change an editor made to a message of the inbox, for the audit log.
 *
 * @param actor the editor's email
 * @param details what changed, in a few words (the assignee's email)
 */
public record ContactMessageEvent(String actor, Kind kind, long messageId, String details) {

	/** What was done to the message. */
	public enum Kind {

		READ, UNREAD, ASSIGNED, UNASSIGNED, ARCHIVED, UNARCHIVED

	}

}
