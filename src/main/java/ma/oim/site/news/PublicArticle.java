package ma.oim.site.news;

import java.time.Instant;

/**
 * What "public" means for an article, said once for every query and rule of the site: it
 * is published, its publication time has come at the clock's {@code now}, and its expiry
 * time (if it has one) has not. A scheduled article is a published one whose time is still
 * to come, so it goes live by itself; an expired one is a published one whose expiry time
 * has passed, so it leaves the site by itself (as a withdrawn one: its page is a 404).
 *
 * <p>A translation has a life of its own too: while it follows its article (no status of
 * its own) it is public with it; otherwise it is public only while its article is, if its
 * own status is published and its own time has come. A translation that is not public is
 * missing for visitors: lists show the French text marked "in French", the language
 * switcher says the version is missing.
 */
public final class PublicArticle {

	/**
	 * The condition in SQL, for an article aliased {@code a}, with the time as the named
	 * parameter {@code :now}. The partial index of published articles serves it.
	 */
	public static final String SQL = "a.status = 'PUBLISHED' and a.published_at <= :now"
			+ " and (a.expires_at is null or a.expires_at > :now)";

	/** Published, its time still to come: the scheduled articles, in SQL, as {@link #SQL}. */
	public static final String SCHEDULED_SQL = "a.status = 'PUBLISHED' and a.published_at > :now";

	/**
	 * A translation's own life allows it at {@code :now}, for an {@code article_translation}
	 * aliased {@code t}; with {@link #SQL} for its article, the translation is public.
	 */
	public static final String TRANSLATION_SQL = translationSql("t");

	/**
	 * Published, its expiry time passed: the expired articles, in SQL, as {@link #SQL}. The
	 * partial index of expiring articles finds them.
	 */
	public static final String EXPIRED_SQL = "a.status = 'PUBLISHED' and a.expires_at <= :now";

	/** The condition in JPQL, for an {@code Article a}. */
	static final String JPQL = "a.status = ma.oim.site.news.ArticleStatus.PUBLISHED and a.publishedAt <= :now"
			+ " and (a.expiresAt is null or a.expiresAt > :now)";

	/** A translation's own life allows it, in JPQL, for a {@code translations} value {@code t}. */
	static final String TRANSLATION_JPQL = "(t.status is null or (t.status = ma.oim.site.news.ArticleStatus.PUBLISHED"
			+ " and t.publishedAt <= :now))";

	private PublicArticle() {
	}

	/** {@link #TRANSLATION_SQL} for an {@code article_translation} aliased {@code alias}. */
	public static String translationSql(String alias) {
		return "(%1$s.status is null or (%1$s.status = 'PUBLISHED' and %1$s.published_at <= :now))".formatted(alias);
	}

	static boolean isPublic(ArticleStatus status, Instant publishedAt, Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	/** The article is public at {@code now}: published, its time come, its expiry not. */
	static boolean isPublic(Article article, Instant now) {
		return isPublic(article.getStatus(), article.getPublishedAt(), now) && !isExpired(article.getExpiresAt(), now);
	}

	/** An expiry time that has come at {@code now}; none never comes. */
	static boolean isExpired(Instant expiresAt, Instant now) {
		return expiresAt != null && !expiresAt.isAfter(now);
	}

	/** The article is public and so is this translation of it, by its own life. */
	static boolean isPublic(Article article, ArticleText text, Instant now) {
		return isPublic(article, now)
				&& (text.getStatus() == null || isPublic(text.getStatus(), text.getPublishedAt(), now));
	}

}
