package ma.oim.site.publications;

import java.time.Instant;

/**
 * What "public" means for a publication, said once: it is published, its time has come at
 * the clock's {@code now} and its expiry time (if it has one) has not (as
 * {@code news.PublicArticle} says it for articles). Its
 * files are public exactly while it is; a draft's, a withdrawn one's or a deleted one's
 * are not found by visitors.
 */
public final class PublicPublication {

	/** For a {@code publication} aliased {@code p}, with the time as the parameter {@code :now}. */
	public static final String SQL = sql("p");

	private PublicPublication() {
	}

	/** {@link #SQL} for a {@code publication} aliased {@code alias}. */
	public static String sql(String alias) {
		return ("%1$s.status = 'PUBLISHED' and %1$s.published_at <= :now"
				+ " and (%1$s.expires_at is null or %1$s.expires_at > :now)").formatted(alias);
	}

	static boolean isPublic(String status, Instant publishedAt, Instant expiresAt, Instant now) {
		return PublicationStatus.PUBLISHED.name().equals(status) && publishedAt != null && !publishedAt.isAfter(now)
				&& (expiresAt == null || expiresAt.isAfter(now));
	}

	/**
	 * The back office's word for a state at {@code now}: draft, scheduled, published,
	 * expired or withdrawn.
	 */
	static String stateAt(String status, Instant publishedAt, Instant expiresAt, Instant now) {
		if (PublicationStatus.PUBLISHED.name().equals(status)) {
			if (publishedAt != null && publishedAt.isAfter(now)) {
				return "scheduled";
			}
			return (expiresAt != null && !expiresAt.isAfter(now)) ? "expired" : "published";
		}
		return PublicationStatus.WITHDRAWN.name().equals(status) ? "withdrawn" : "draft";
	}

}
