package ma.oim.site.partners;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaOwners;
import ma.oim.site.media.MediaService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names partners that use images, for the media library's "where used". */
@Component
class PartnerMediaOwners implements MediaOwners {

	private final JdbcClient jdbc;

	PartnerMediaOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public MediaService.Owner owner() {
		return MediaService.Owner.PARTNER;
	}

	@Override
	public Map<Long, Named> named(Collection<Long> ids, Language language) {
		Map<Long, Named> named = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return named;
		}
		this.jdbc.sql("""
				select partner_id, coalesce(max(name) filter (where language = :language), max(name) filter (where language = :record))
				from partner_translation where partner_id in (:ids) group by partner_id""")
			.param("language", language.code())
			.param("record", Language.record().code())
			.param("ids", List.copyOf(ids))
			.query((row, n) -> named.put(row.getLong(1), new Named(row.getString(2), "/admin/partners/" + row.getLong(1))))
			.list();
		return named;
	}

}
