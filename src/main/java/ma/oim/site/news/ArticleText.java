package ma.oim.site.news;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An article in one language, with its own publication life when it has one (null: it
 * follows the article) and whether it still says what the French says.
 */
@Embeddable
public class ArticleText {

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	/** The chapô, plain text. */
	@Column(nullable = false)
	private String summary;

	/** What the editor wrote, in Markdown. */
	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	/** {@link #bodyMarkdown} rendered and sanitised when saved. */
	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	/** Its own state, or null while it follows the article (always, for French). */
	@Enumerated(EnumType.STRING)
	@Column(name = "status")
	private ArticleStatus status;

	/** Its own publication time, with {@link ArticleStatus#PUBLISHED}; a future one schedules it. */
	@Column(name = "published_at")
	private Instant publishedAt;

	/** The revision whose French this translation was last written or confirmed against. */
	@Column(name = "checked_revision_id")
	private Long checkedRevisionId;

	/** The French of a published article changed since {@link #checkedRevisionId}. */
	@Column(name = "out_of_date", nullable = false)
	private boolean outOfDate;

	protected ArticleText() {
	}

	public ArticleText(String slug, String title, String summary, String bodyMarkdown, String bodyHtml) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = bodyHtml;
	}

	void live(ArticleStatus status, Instant publishedAt) {
		this.status = status;
		this.publishedAt = (status == ArticleStatus.PUBLISHED) ? publishedAt : null;
	}

	/** Written or confirmed against the French of {@code revisionId}: up to date. */
	void checkedAgainst(Long revisionId) {
		this.checkedRevisionId = revisionId;
		this.outOfDate = false;
	}

	void keepCheckOf(ArticleText before) {
		this.checkedRevisionId = before.checkedRevisionId;
		this.outOfDate = before.outOfDate;
	}

	void markOutOfDate() {
		this.outOfDate = true;
	}

	/** Same words: title, summary, body (the slug is an address, not words to translate). */
	boolean sameWordsAs(ArticleText other) {
		return Objects.equals(this.title, other.title) && Objects.equals(this.summary, other.summary)
				&& Objects.equals(this.bodyMarkdown, other.bodyMarkdown);
	}

	boolean sameLifeAs(ArticleText other) {
		return this.status == other.status && Objects.equals(this.publishedAt, other.publishedAt);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Long getCheckedRevisionId() {
		return this.checkedRevisionId;
	}

	public boolean isOutOfDate() {
		return this.outOfDate;
	}

	/** Its own state at {@code now} as the back office shows it, or "follows" the article's. */
	public String ownStateAt(Instant now) {
		return (this.status != null) ? Article.stateAt(this.status, this.publishedAt, now) : "follows";
	}

}
