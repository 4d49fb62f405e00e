package ma.oim.site.news;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.oim.site.content.BidiControls;
import ma.oim.site.content.Slugs;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.format.annotation.DateTimeFormat;

/** An article's text in one language, as the editor types it. */
public class TranslationForm {

	@Size(max = 300)
	private String title = "";

	/** Left empty, it is made from the title. */
	@Size(max = 200)
	@Pattern(regexp = "^$|" + Slugs.PATTERN)
	private String slug = "";

	@Size(max = 2000)
	private String summary = "";

	@Size(max = 100_000)
	private String body = "";

	/**
	 * Its own state, or null to follow the article's (the French text's); ignored for
	 * French. An unknown value is a field error (typeMismatch), as a bad date is.
	 */
	private ArticleStatus status;

	/** With {@link ArticleStatus#PUBLISHED}: local time in Africa/Casablanca; empty is now. */
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishedAt;

	@JsonIgnore
	public boolean isEmpty() {
		return this.title.isBlank() && this.slug.isBlank() && this.summary.isBlank() && this.body.isBlank();
	}

	/** The slug to use: the one typed, or one made from the title. */
	public String slugOrFromTitle() {
		return this.slug.isBlank() ? Slugs.of(this.title) : this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = (title != null) ? BidiControls.strip(title) : "";
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug != null) ? BidiControls.strip(slug).strip() : "";
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = (summary != null) ? BidiControls.stripEmbeddings(summary) : "";
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = (body != null) ? BidiControls.stripEmbeddings(body) : "";
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public void setStatus(ArticleStatus status) {
		this.status = status;
	}

	public LocalDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(LocalDateTime publishedAt) {
		this.publishedAt = publishedAt;
	}

}
