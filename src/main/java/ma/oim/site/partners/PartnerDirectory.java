package ma.oim.site.partners;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners as pages show them, in the mission's order, each in the reader's language or in French. */
@Service
public class PartnerDirectory {

	/**
	 * The names of some partners, in one statement without entities: an article's page
	 * names a few.
	 */
	private static final String NAMES = """
			select p.id, t.language, t.name
			from partner p join partner_translation t on t.partner_id = p.id and t.language in (:language, 'fr')
			where p.id = any(cast(:ids as bigint[]))
			order by p.position, p.id
			""";

	private final PartnerRepository partners;

	private final JdbcClient jdbc;

	PartnerDirectory(PartnerRepository partners, JdbcClient jdbc) {
		this.partners = partners;
		this.jdbc = jdbc;
	}

	/** Every partner, in the mission's order. */
	@Transactional(readOnly = true)
	public List<PartnerView> all(Language language) {
		return this.partners.findAllOrdered().stream().map((partner) -> PartnerView.of(partner, language)).toList();
	}

	/** Links to these partners' entries on the partners page, in its order; an unknown id is left out. */
	public List<PartnerLink> links(Collection<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, PartnerLink> links = new LinkedHashMap<>();
		this.jdbc.sql(NAMES)
			.param("language", language.code())
			.param("ids", ids.toArray(Long[]::new))
			.query((RowCallbackHandler) (row) -> {
				long id = row.getLong("id");
				if (language.code().equals(row.getString("language")) || !links.containsKey(id)) {
					links.put(id, PartnerLink.of(id, row.getString("name"), language));
				}
			});
		return new ArrayList<>(links.values());
	}

}
