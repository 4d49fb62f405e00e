package ma.oim.site.pages;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class PageText {

	@Column(nullable = false)
	private String slug;

	/** Slugs from the root joined by '/', so a URL resolves with one lookup. */
	@Column(nullable = false)
	private String path;

	@Column(nullable = false)
	private String title;

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	protected PageText() {
	}

	/** The same page in the same place, with another title and text. */
	PageText rewritten(String title, String bodyMarkdown, String bodyHtml) {
		PageText text = new PageText();
		text.slug = this.slug;
		text.path = this.path;
		text.title = title;
		text.bodyMarkdown = bodyMarkdown;
		text.bodyHtml = bodyHtml;
		return text;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getPath() {
		return this.path;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

}
