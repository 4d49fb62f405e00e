package ma.oim.site.news;

/**
 * Something an editor did to an article, published inside the transaction that did it:
 * the audit log writes its line in that same transaction.
 *
 * @param details what the log shows beside the action (the French title, a revision)
 */
public record ArticleEvent(Kind kind, long articleId, String actor, String details) {

	public enum Kind {

		CREATED, SAVED, PUBLISHED, SCHEDULED, WITHDRAWN, DELETED, RESTORED

	}

}
