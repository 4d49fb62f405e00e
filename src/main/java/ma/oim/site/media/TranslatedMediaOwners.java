package ma.oim.site.media;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link MediaOwners} for content whose name lives in a table of translations: the name in
 * the asked language, else in the language of record. A module names its tables and its
 * editor's address; the query is written once, here.
 */
public abstract class TranslatedMediaOwners implements MediaOwners {

	private final JdbcClient jdbc;

	private final MediaService.Owner owner;

	private final String sql;

	private final String editPath;

	/**
	 * @param translations the table of translations, with a {@code language} column
	 * @param idColumn its column of the content's id
	 * @param nameColumn its column of the content's name
	 * @param editPath the editor's address without the id ({@code /admin/articles/})
	 */
	protected TranslatedMediaOwners(JdbcClient jdbc, MediaService.Owner owner, String translations, String idColumn,
			String nameColumn, String editPath) {
		this.jdbc = jdbc;
		this.owner = owner;
		this.editPath = editPath;
		this.sql = """
				select %2$s, coalesce(max(%3$s) filter (where language = :language), max(%3$s) filter (where language = :record))
				from %1$s where %2$s in (:ids) group by %2$s""".formatted(translations, idColumn, nameColumn);
	}

	@Override
	public MediaService.Owner owner() {
		return this.owner;
	}

	@Override
	public Map<Long, Named> named(Collection<Long> ids, Language language) {
		Map<Long, Named> named = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return named;
		}
		this.jdbc.sql(this.sql)
			.param("language", language.code())
			.param("record", Language.record().code())
			.param("ids", List.copyOf(ids))
			.query((row, n) -> named.put(row.getLong(1), new Named(row.getString(2), this.editPath + row.getLong(1))))
			.list();
		return named;
	}

}
