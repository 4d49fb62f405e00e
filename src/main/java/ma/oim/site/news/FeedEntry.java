package ma.oim.site.news;

import java.time.Instant;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

/**
 * An article as a feed carries it, in the feed's language or, where it has no
 * translation public at the time, in French ({@code textLanguage} says which). An event
 * carries its time ({@code event}), which the feed's title of the entry says;
 * a call its deadline ({@code call}); every entry its kind.
 */
public record FeedEntry(String path, String title, String summary, Language textLanguage, Instant published,
		Instant updated, EventTime event, CallDeadline call, ArticleKind kind) {

	/** An entry that is not an event. */
	public FeedEntry(String path, String title, String summary, Language textLanguage, Instant published,
			Instant updated) {
		this(path, title, summary, textLanguage, published, updated, null, null, ArticleKind.NEWS);
	}

	static FeedEntry of(Article article, Language language, Instant now) {
		Language textLanguage = article.text(language).filter((text) -> PublicArticle.isPublic(article, text, now))
			.isPresent() ? language : Language.record();
		ArticleText text = article.text(textLanguage).orElseThrow();
		return new FeedEntry(SitePaths.article(textLanguage, text.getSlug()), text.getTitle(), text.getSummary(),
				textLanguage, article.getPublishedAt(), article.getUpdatedAt(),
				article.isEvent() ? EventTime.of(article.getStartsAt(), article.getEndsAt(), language, now) : null,
				article.isCall() ? CallDeadline.of(article.getCallType(), article.getDeadline(), article.getCallReference(),
						language, now) : null,
				article.getKind());
	}

}
