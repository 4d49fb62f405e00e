package ma.oim.site.review;

import java.time.Instant;

/** An article in a review list: by its French title, who submitted it and when. */
public record QueuedArticle(long articleId, String frenchTitle, String submittedBy, String submitterName,
		Instant submittedAt, String state) {

}
