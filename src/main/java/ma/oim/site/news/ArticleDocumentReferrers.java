package ma.oim.site.news;

import java.util.List;

import ma.oim.site.content.DocumentReferrers;
import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names the articles that link to a document of the library, for the document's "where used". */
@Component
class ArticleDocumentReferrers implements DocumentReferrers {

	private final JdbcClient jdbc;

	ArticleDocumentReferrers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Referrer> referring(long documentId, Language language) {
		return DocumentReferrers.inTranslations(this.jdbc, documentId, language, "media.owner.ARTICLE",
				"article_translation", "article_id", "title", "/admin/articles/");
	}

}
