package ma.oim.site.news;

import ma.oim.site.media.MediaService;
import ma.oim.site.media.TranslatedMediaOwners;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names articles that use images, for the media library's "where used". */
@Component
class ArticleMediaOwners extends TranslatedMediaOwners {

	ArticleMediaOwners(JdbcClient jdbc) {
		super(jdbc, MediaService.Owner.ARTICLE, "article_translation", "article_id", "title", "/admin/articles/");
	}

	/** The articles to which a change using images is proposed, named as they are online. */
	@Component
	static class Proposals extends TranslatedMediaOwners {

		Proposals(JdbcClient jdbc) {
			super(jdbc, MediaService.Owner.ARTICLE_PROPOSAL, "article_translation", "article_id", "title",
					"/admin/articles/");
		}

	}

}
