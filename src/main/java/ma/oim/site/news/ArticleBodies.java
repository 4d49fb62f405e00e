package ma.oim.site.news;

import ma.oim.site.content.DocumentLinks;
import ma.oim.site.content.VideoLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.ResponsiveImages;
import ma.oim.site.web.Messages;

import org.springframework.stereotype.Component;

/**
 * An article's body as its page shows it: the stored HTML with its images made responsive
 * (the first one is the lead image when the article has no featured image) and its video
 * addresses made into videos that load nothing before the visitor plays them; links to
 * the library's documents only while they are public ({@link DocumentLinks}).
 */
@Component
public class ArticleBodies {

	private final ResponsiveImages images;

	private final Messages messages;

	private final DocumentLinks documents;

	ArticleBodies(ResponsiveImages images, Messages messages, DocumentLinks documents) {
		this.images = images;
		this.messages = messages;
		this.documents = documents;
	}

	public ArticleView shown(ArticleView article, Language language) {
		String html = this.images.inHtml(this.documents.shown(article.bodyHtml()), language, article.image() == null);
		VideoLinks.Embedded videos = VideoLinks.embed(html,
				(code, host) -> this.messages.get(code, language, host));
		return article.withBody(videos.html(), videos.frameSources());
	}

}
