package ma.oim.site.pages;

import java.util.List;

import ma.oim.site.content.DocumentReferrers;
import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names the organisation pages that link to a document of the library, for the document's "where used". */
@Component
class PageDocumentReferrers implements DocumentReferrers {

	private final JdbcClient jdbc;

	PageDocumentReferrers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Referrer> referring(long documentId, Language language) {
		return DocumentReferrers.inTranslations(this.jdbc, documentId, language, "media.owner.PAGE",
				"page_translation", "page_id", "title", "/admin/pages/");
	}

}
