package ma.oim.site.content;

import java.util.List;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names the texts of one kind that link to a document of the library, for the document's
 * "where used": the modules whose texts link to documents (articles, pages) implement it,
 * so that the module that holds the documents never names them. A text links to a
 * document when its stored HTML has the document's address ({@code /documents/12/…}).
 */
public interface DocumentReferrers {

	/**
	 * A text that links to the document.
	 * @param kind the message code of its kind ({@code media.owner.ARTICLE})
	 * @param title its title in the asked language, else in the language of record
	 */
	record Referrer(String kind, String title, String editPath) {
	}

	List<Referrer> referring(long documentId, Language language);

	/**
	 * The one query, for content whose titles and bodies are in a table of translations: the
	 * contents any of whose texts link to the document, named in the asked language or
	 * else in the language of record.
	 * @param translations the table of translations, with {@code language}, the name and {@code body_html}
	 * @param editPath the editor's address without the id ({@code /admin/articles/})
	 */
	static List<Referrer> inTranslations(JdbcClient jdbc, long documentId, Language language, String kind,
			String translations, String idColumn, String nameColumn, String editPath) {
		return jdbc.sql("""
				select %2$s, coalesce(max(%3$s) filter (where language = :language),
				                      max(%3$s) filter (where language = :record), '#' || %2$s) as name
				from %1$s where %2$s in (select %2$s from %1$s where body_html like :address)
				group by %2$s order by %2$s""".formatted(translations, idColumn, nameColumn))
			.param("language", language.code())
			.param("record", Language.record().code())
			.param("address", "%href=\"/documents/" + documentId + "/%")
			.query((row, number) -> new Referrer(kind, row.getString(2), editPath + row.getLong(1)))
			.list();
	}

}
