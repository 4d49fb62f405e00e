package ma.oim.site.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The partners an article names, read in one statement without entities: through the
 * article's lazy collection they took two statements of the eight of an article's page.
 */
@Repository
public class PartnerLinks {

	private static final String OF_ARTICLE = """
			select p.id, t.language, t.name
			from article_partner link
			  join partner p on p.id = link.partner_id
			  join partner_translation t on t.partner_id = p.id and t.language in (?, 'fr')
			where link.article_id = ?
			order by p.position, p.id
			""";

	private final JdbcTemplate jdbc;

	PartnerLinks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** In the partners page's order, each named in this language, or in French without a translation. */
	public List<PartnerLink> ofArticle(long articleId, Language language) {
		Map<Long, PartnerLink> links = new LinkedHashMap<>();
		this.jdbc.query(OF_ARTICLE, (row) -> {
			long id = row.getLong("id");
			if (language.code().equals(row.getString("language")) || !links.containsKey(id)) {
				links.put(id, PartnerLink.of(id, row.getString("name"), language));
			}
		}, language.code(), articleId);
		return new ArrayList<>(links.values());
	}

}
