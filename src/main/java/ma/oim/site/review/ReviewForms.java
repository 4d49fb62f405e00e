package ma.oim.site.review;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ma.oim.site.content.BidiControls;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the review page: a comment, a reason to send back, an approval. */
public final class ReviewForms {

	/** The longest comment or reason, as the column holds it. */
	static final int TEXT_LENGTH = 5000;

	/** Control characters other than line breaks and tabs, never meant in a note. */
	private static final Pattern TEXT_CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]+");

	private ReviewForms() {
	}

	/** Typed text as stored: no control characters, and only the bidi marks (not the embeddings that reorder a page). */
	static String clean(String text) {
		return (text != null) ? TEXT_CONTROLS.matcher(BidiControls.stripEmbeddings(text)).replaceAll("").strip() : null;
	}

	public static class CommentForm {

		@NotBlank
		@Size(max = TEXT_LENGTH)
		private String comment;

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = clean(comment);
		}

	}

	public static class SendBackForm {

		@NotBlank
		@Size(max = TEXT_LENGTH)
		private String reason;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = clean(reason);
		}

	}

	public static class ApprovalForm {

		/** Empty: now; a future time schedules the article. */
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
		private LocalDateTime publishedAt;

		/** The article's version the reviewer read. */
		private long version;

		/** The version of the change proposed to it that the reviewer read; none without one. */
		private Integer proposal;

		public Integer getProposal() {
			return this.proposal;
		}

		public void setProposal(Integer proposal) {
			this.proposal = proposal;
		}

		public LocalDateTime getPublishedAt() {
			return this.publishedAt;
		}

		public void setPublishedAt(LocalDateTime publishedAt) {
			this.publishedAt = publishedAt;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
