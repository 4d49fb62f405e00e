package ma.oim.site.news;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

/**
 * An article as the back office lists it: by its French title, with its state and dates
 * (its expiry time too, when it has one),
 * the translations with a life of their own, and those out of date.
 *
 * @param ownLives the translations that do not follow the article, by language
 */
public record ArticleSummary(long id, String frenchTitle, List<Language> languages, ArticleStatus status,
		Instant publishedAt, Instant expiresAt, Instant updatedAt, List<Language> outOfDate,
		Map<Language, ArticleText> ownLives) {

	static ArticleSummary of(Article article) {
		Map<Language, ArticleText> ownLives = new LinkedHashMap<>();
		article.languages()
			.forEach((language) -> article.text(language)
				.filter((text) -> text.getStatus() != null)
				.ifPresent((text) -> ownLives.put(language, text)));
		return new ArticleSummary(article.getId(), article.frenchTitle(), article.languages(), article.getStatus(),
				article.getPublishedAt(), article.getExpiresAt(), article.getUpdatedAt(), article.outOfDateLanguages(), ownLives);
	}

	/** The translation's own state at {@code now}, or null while it follows the article. */
	public String ownStateAt(Language language, Instant now) {
		ArticleText text = this.ownLives.get(language);
		return (text != null) ? text.ownStateAt(now) : null;
	}

	/** The state the back office shows at {@code now}, as {@link Article#stateAt} says it. */
	public String stateAt(Instant now) {
		return Article.stateAt(this.status, this.publishedAt, this.expiresAt, now);
	}

}
