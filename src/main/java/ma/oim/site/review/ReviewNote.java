package ma.oim.site.review;

import java.time.Instant;

/** A line of a review's history: a submission, a comment, a reason sent back, an approval. */
public record ReviewNote(Instant writtenAt, String author, String authorName, String kind, String text) {

}
