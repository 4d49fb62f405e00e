package ma.oim.site.news;

/**
 * Stored state of an article. "Scheduled" is not stored: it is {@link #PUBLISHED} with a
 * publication date still to come, so the article goes live by itself at that time.
 */
public enum ArticleStatus {

	DRAFT, PUBLISHED, WITHDRAWN

}
