package ma.oim.site.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaView;
import ma.oim.site.partners.PartnerLink;
import ma.oim.site.web.SitePaths;

/**
 * An article page in one language, with links to the news published just before and
 * after it, and to related news (sharing an axis).
 *
 * @param alternates the article's path in each language it is translated into
 * @param frameSources the origins of the video players its body may show (none as stored)
 */
public record ArticleView(String title, String summary, String bodyHtml, String isoDate, String date,
		String isoModified, List<AxisLink> axes, List<PartnerLink> partners, Map<Language, String> alternates,
		MediaView image, ArticleCard newer, ArticleCard older, List<ArticleCard> related, Set<String> frameSources,
		EventView event, CallDeadline call, PressContact pressContact, ArticleKind kind) {

	/** A story, whose lead image the page shows large. */
	public boolean isStory() {
		return this.kind == ArticleKind.STORY;
	}

	/** A press release's press contact: a name, and an email address or a phone number or both. */
	public record PressContact(String name, String email, String phone) {
	}

	/**
	 * What an event's page adds: when, where, the online link, and its iCalendar file.
	 * @param icsPath the {@code .ics} download, in the page's language (null in a preview)
	 */
	public record EventView(EventTime time, String place, String onlineUrl, String icsPath) {
	}

	/** The same page with its body as {@link ArticleBodies} shows it. */
	ArticleView withBody(String html, Set<String> frameSources) {
		return new ArticleView(this.title, this.summary, html, this.isoDate, this.date, this.isoModified, this.axes,
				this.partners, this.alternates, this.image, this.newer, this.older, this.related, frameSources,
				this.event, this.call, this.pressContact, this.kind);
	}

	/** An article without news around it: a preview, which links every language written. */
	static ArticleView preview(Article article, Language language, List<AxisLink> axes, List<PartnerLink> partners) {
		return of(article, language, axes, partners, Optional.empty(), Optional.empty(), List.of(), (text) -> true,
				article.getUpdatedAt(), false);
	}

	/**
	 * @param axes the article's axes, as {@link ma.oim.site.axes.AxisLinks} gives them
	 * @param now the alternates are the translations public then
	 */
	static ArticleView of(Article article, Language language, List<AxisLink> axes, List<PartnerLink> partners,
			Optional<ArticleCard> newer, Optional<ArticleCard> older, List<ArticleCard> related, Instant now) {
		return of(article, language, axes, partners, newer, older, related,
				(text) -> PublicArticle.isPublic(article, text, now), now, true);
	}

	private static ArticleView of(Article article, Language language, List<AxisLink> axes, List<PartnerLink> partners,
			Optional<ArticleCard> newer, Optional<ArticleCard> older, List<ArticleCard> related,
			Predicate<ArticleText> shown, Instant now, boolean downloadable) {
		ArticleText text = article.text(language).orElseThrow();
		// A draft seen in preview has no publication date yet: it shows its last save.
		Instant date = (article.getPublishedAt() != null) ? article.getPublishedAt() : article.getUpdatedAt();
		return new ArticleView(text.getTitle(), text.getSummary(), text.getBodyHtml(), SiteZone.isoDateTime(date),
				SiteZone.longDate(date, language),
				SiteZone.isoDateTime(article.getUpdatedAt()), axes, partners,
				SitePaths.inLanguagesWhere((other) -> article.text(other)
					.filter(shown)
					.map((translation) -> SitePaths.article(other, translation.getSlug()))),
				(article.getFeaturedImage() != null) ? MediaView.of(article.getFeaturedImage(), language) : null,
				newer.orElse(null), older.orElse(null), related, Set.of(),
				article.isEvent() ? new EventView(EventTime.of(article.getStartsAt(), article.getEndsAt(), language, now),
						article.getPlace(), article.getOnlineUrl(),
						downloadable ? SitePaths.eventCalendarFile(language, text.getSlug()) : null) : null,
				article.isCall() ? CallDeadline.of(article.getCallType(), article.getDeadline(), article.getCallReference(),
						language, now) : null,
				article.isPressRelease() ? new PressContact(article.getPressContactName(), article.getPressContactEmail(),
						article.getPressContactPhone()) : null,
				article.getKind());
	}

}
