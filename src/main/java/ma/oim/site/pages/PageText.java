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

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	protected PageText() {
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

	public String getBodyHtml() {
		return this.bodyHtml;
	}

}
