package ma.oim.site.pages;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaOwners;
import ma.oim.site.media.MediaService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names pages that use images, for the media library's "where used". */
@Component
class PageMediaOwners implements MediaOwners {

	private final JdbcClient jdbc;

	PageMediaOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public MediaService.Owner owner() {
		return MediaService.Owner.PAGE;
	}

	@Override
	public Map<Long, Named> named(Collection<Long> ids, Language language) {
		Map<Long, Named> named = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return named;
		}
		this.jdbc.sql("""
				select page_id, coalesce(max(title) filter (where language = :language), max(title) filter (where language = :record))
				from page_translation where page_id in (:ids) group by page_id""")
			.param("language", language.code())
			.param("record", Language.record().code())
			.param("ids", List.copyOf(ids))
			.query((row, n) -> named.put(row.getLong(1), new Named(row.getString(2), "/admin/pages/" + row.getLong(1))))
			.list();
		return named;
	}

}
