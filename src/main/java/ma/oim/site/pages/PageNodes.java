package ma.oim.site.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every organisation page with its texts, in one statement and without entities: every
 * public page shows the menu, and reading the tree through Hibernate took 8% of the
 * processor time of an uncached article page (a profile, docs/performance.md).
 */
@Repository
class PageNodes {

	private static final String PAGES = """
			select p.id, p.parent_id, p.position, p.external_url, p.listing,
			       t.language, t.slug, t.path, t.title, t.body_html
			from page p left join page_translation t on t.page_id = p.id
			order by p.position, p.id
			""";

	private final JdbcTemplate jdbc;

	PageNodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<PageNode> all() {
		Map<Long, PageNode> pages = new LinkedHashMap<>();
		// Prepared, as AxisLinks's: PostgreSQL then plans it once per connection.
		this.jdbc.query((connection) -> connection.prepareStatement(PAGES), (row) -> {
			long id = row.getLong("id");
			PageNode page = pages.get(id);
			if (page == null) {
				String listing = row.getString("listing");
				page = new PageNode(id, row.getObject("parent_id", Long.class), row.getInt("position"),
						row.getString("external_url"), (listing != null) ? PageListing.valueOf(listing) : null,
						new EnumMap<>(Language.class));
				pages.put(id, page);
			}
			String language = row.getString("language");
			if (language != null) {
				page.texts()
					.put(Language.fromCode(language).orElseThrow(), new PageNode.Text(row.getString("slug"),
							row.getString("path"), row.getString("title"), row.getString("body_html")));
			}
		});
		return new ArrayList<>(pages.values());
	}

}
