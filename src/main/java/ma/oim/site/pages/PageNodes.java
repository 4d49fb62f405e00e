package ma.oim.site.pages;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every organisation page with its texts, in one statement and without entities: every
 * public page shows the menu, so the tree is read as cheaply as it can be.
 */
@Repository
class PageNodes {

	private static final String PAGES = """
			select p.id, p.parent_id, p.position, p.external_url, p.listing, p.hidden,
			       t.language, t.slug, t.path, t.title, t.body_html
			from page p left join page_translation t on t.page_id = p.id and t.language = any(cast(? as text[]))
			order by p.position, p.id
			""";

	private final JdbcClient jdbc;

	PageNodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PageNode> all() {
		Map<Long, PageNode> pages = new LinkedHashMap<>();
		// With a parameter, the driver keeps it prepared: PostgreSQL plans it once per connection.
		this.jdbc.sql(PAGES).param(Language.codes()).query((RowCallbackHandler) (row) -> {
			long id = row.getLong("id");
			PageNode page = pages.get(id);
			if (page == null) {
				String listing = row.getString("listing");
				page = new PageNode(id, row.getObject("parent_id", Long.class), row.getInt("position"),
						row.getString("external_url"), (listing != null) ? PageListing.valueOf(listing) : null,
						row.getBoolean("hidden"), new TreeMap<>());
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
