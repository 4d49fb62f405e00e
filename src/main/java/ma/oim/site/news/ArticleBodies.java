package ma.oim.site.news;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.ResponsiveImages;

import org.springframework.stereotype.Component;

/**
 * An article's body as its page shows it: the stored HTML with its images made
 * responsive; the first one is the lead image when the article has no featured image.
 */
@Component
public class ArticleBodies {

	private final ResponsiveImages images;

	ArticleBodies(ResponsiveImages images) {
		this.images = images;
	}

	public ArticleView shown(ArticleView article, Language language) {
		return article.withBodyHtml(this.images.inHtml(article.bodyHtml(), language, article.image() == null));
	}

}
