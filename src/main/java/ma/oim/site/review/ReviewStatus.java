package ma.oim.site.review;

import java.time.Instant;

/**
 * Where an article stands in review.
 *
 * @param state "SUBMITTED" (waiting for an editor) or "SENT_BACK" (waiting for its writer)
 */
public record ReviewStatus(String state, String submittedBy, Instant submittedAt, String decidedBy,
		Instant decidedAt) {

	public boolean isSubmitted() {
		return "SUBMITTED".equals(this.state);
	}

	public boolean isSentBack() {
		return "SENT_BACK".equals(this.state);
	}

}
