package ma.oim.site.news;

import java.time.Instant;

/**
 * What "public" means for an article, said once for every query and rule of the site: it
 * is published, and its publication time has come at the clock's {@code now}. A scheduled
 * article is a published one whose time is still to come, so it goes live by itself.
 */
public final class PublicArticle {

	/**
	 * The condition in SQL, for an article aliased {@code a}, with the time as the named
	 * parameter {@code :now}. The partial index of published articles serves it.
	 */
	public static final String SQL = "a.status = 'PUBLISHED' and a.published_at <= :now";

	/** Published, its time still to come: the scheduled articles, in SQL, as {@link #SQL}. */
	public static final String SCHEDULED_SQL = "a.status = 'PUBLISHED' and a.published_at > :now";

	/** The condition in JPQL, for an {@code Article a}. */
	static final String JPQL = "a.status = ma.oim.site.news.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	private PublicArticle() {
	}

	static boolean isPublic(ArticleStatus status, Instant publishedAt, Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

}
