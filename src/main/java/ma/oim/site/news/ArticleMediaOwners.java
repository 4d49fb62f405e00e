package ma.oim.site.news;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaOwners;
import ma.oim.site.media.MediaService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names articles that use images, for the media library's "where used". */
@Component
class ArticleMediaOwners implements MediaOwners {

	private final JdbcClient jdbc;

	ArticleMediaOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public MediaService.Owner owner() {
		return MediaService.Owner.ARTICLE;
	}

	@Override
	public Map<Long, Named> named(Collection<Long> ids, Language language) {
		Map<Long, Named> named = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return named;
		}
		this.jdbc.sql("""
				select article_id, coalesce(max(title) filter (where language = :language), max(title) filter (where language = :record))
				from article_translation where article_id in (:ids) group by article_id""")
			.param("language", language.code())
			.param("record", Language.record().code())
			.param("ids", List.copyOf(ids))
			.query((row, n) -> named.put(row.getLong(1), new Named(row.getString(2), "/admin/articles/" + row.getLong(1))))
			.list();
		return named;
	}

}
