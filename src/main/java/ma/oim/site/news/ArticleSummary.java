package ma.oim.site.news;

import java.time.Instant;

/** An article as the back office lists it: by its French title, with its state and dates. */
public record ArticleSummary(long id, String frenchTitle, boolean hasEnglish, ArticleStatus status,
		Instant publishedAt, Instant updatedAt) {

	static ArticleSummary of(Article article) {
		return new ArticleSummary(article.getId(), article.frenchTitle(), article.hasEnglish(), article.getStatus(),
				article.getPublishedAt(), article.getUpdatedAt());
	}

	/** The state the back office shows at {@code now}, as {@link Article#stateAt} says it. */
	public String stateAt(Instant now) {
		return Article.stateAt(this.status, this.publishedAt, now);
	}

}
