package ma.oim.site.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An article in one language. */
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

	protected ArticleText() {
	}

	public ArticleText(String slug, String title, String summary, String bodyMarkdown, String bodyHtml) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = bodyHtml;
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

}
