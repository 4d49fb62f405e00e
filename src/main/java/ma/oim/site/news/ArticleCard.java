package ma.oim.site.news;

import java.util.List;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaView;
import ma.oim.site.web.SitePaths;

/**
 * An article as a list shows it, in the reader's language. An article not translated
 * into that language is shown in French: {@code textLanguage} says so, for the "in
 * French" mark and the {@code lang} attribute of its text.
 */
public record ArticleCard(String path, String title, String summary, Language textLanguage, String isoDate,
		String date, List<AxisLink> axes, MediaView image) {

	public static ArticleCard of(Article article, Language language) {
		Language textLanguage = article.text(language).isPresent() ? language : Language.FR;
		ArticleText text = article.text(textLanguage).orElseThrow();
		return new ArticleCard(SitePaths.article(textLanguage, text.getSlug()), text.getTitle(), text.getSummary(),
				textLanguage, SiteZone.isoDateTime(article.getPublishedAt()),
				SiteZone.longDate(article.getPublishedAt(), language), AxisLink.all(article.getAxes(), language),
				(article.getFeaturedImage() != null) ? MediaView.of(article.getFeaturedImage(), language) : null);
	}

	public static List<ArticleCard> of(List<Article> articles, Language language) {
		return articles.stream().map((article) -> of(article, language)).toList();
	}

	public boolean isTranslationMissing(Language language) {
		return this.textLanguage != language;
	}

}
