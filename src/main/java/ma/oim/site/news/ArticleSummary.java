package ma.oim.site.news;

import java.time.Instant;
import java.util.List;

import ma.oim.site.i18n.Language;

/**
 * An article as the back office lists it: by its French title, with its state and dates,
 * and the translations out of date.
 */
public record ArticleSummary(long id, String frenchTitle, List<Language> languages, ArticleStatus status,
		Instant publishedAt, Instant updatedAt, List<Language> outOfDate) {

	static ArticleSummary of(Article article) {
		return new ArticleSummary(article.getId(), article.frenchTitle(), article.languages(), article.getStatus(),
				article.getPublishedAt(), article.getUpdatedAt(), article.outOfDateLanguages());
	}

	/** The state the back office shows at {@code now}, as {@link Article#stateAt} says it. */
	public String stateAt(Instant now) {
		return Article.stateAt(this.status, this.publishedAt, now);
	}

}
