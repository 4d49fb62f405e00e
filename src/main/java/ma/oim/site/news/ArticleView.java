package ma.oim.site.news;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.partners.PartnerLink;
import ma.oim.site.web.SitePaths;

/**
 * An article page in one language, with links to the news published just before and
 * after it, and to related news (sharing an axis).
 *
 * @param alternates the article's path in each language it is translated into
 */
public record ArticleView(String title, String summary, String bodyHtml, String isoDate, String date,
		String isoModified, List<AxisLink> axes, List<PartnerLink> partners, Map<Language, String> alternates,
		ArticleCard newer, ArticleCard older, List<ArticleCard> related) {

	/** An article without related news (a preview, for instance). */
	static ArticleView of(Article article, Language language, Optional<ArticleCard> newer,
			Optional<ArticleCard> older) {
		return of(article, language, newer, older, List.of());
	}

	static ArticleView of(Article article, Language language, Optional<ArticleCard> newer,
			Optional<ArticleCard> older, List<ArticleCard> related) {
		ArticleText text = article.text(language).orElseThrow();
		return new ArticleView(text.getTitle(), text.getSummary(), text.getBodyHtml(),
				SiteZone.isoDateTime(article.getPublishedAt()), SiteZone.longDate(article.getPublishedAt(), language),
				SiteZone.isoDateTime(article.getUpdatedAt()), AxisLink.all(article.getAxes(), language),
				PartnerLink.all(article.getPartners(), language),
				SitePaths.inLanguagesWhere((other) -> article.text(other)
					.map((translation) -> SitePaths.article(other, translation.getSlug()))),
				newer.orElse(null), older.orElse(null), related);
	}

}
