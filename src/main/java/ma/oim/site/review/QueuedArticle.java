package ma.oim.site.review;

import java.time.Instant;

/**
 * An article in a review list: by its French title, who submitted it and when, and whether
 * what waits is a change proposed to it while it is public.
 */
public record QueuedArticle(long articleId, String frenchTitle, String submittedBy, String submitterName,
		Instant submittedAt, String state, boolean proposal) {

}
