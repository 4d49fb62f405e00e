package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the public articles of a year live, for the sitemap, read as slugs in one
 * statement: entities would also read every text's body, which the sitemap never shows.
 */
@Repository
class ArticleLocations {

	private static final String LOCATIONS = """
			select a.id, a.updated_at, t.language, t.slug
			from article a join article_translation t on t.article_id = a.id
			where %s and %s and %s
			order by a.published_at desc, a.id desc
			""".formatted(PublicArticle.SQL, PublicArticle.TRANSLATION_SQL, PublicArticleIds.IN_YEAR);

	private final JdbcClient jdbc;

	ArticleLocations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Public at {@code now} and published in {@code year} in Morocco, newest first: the
	 * years the archive counts (the sitemap index lists those), by the same rules.
	 */
	List<ArticleLocation> publicAt(Instant now, int year) {
		Map<Long, ArticleLocation> byId = new LinkedHashMap<>();
		this.jdbc.sql(LOCATIONS)
			.param("now", PublicArticleIds.utc(now))
			.param("year", year)
			.query((RowCallbackHandler) (row) -> {
				Instant updated = row.getObject("updated_at", OffsetDateTime.class).toInstant();
				Language language = Language.fromCode(row.getString("language")).orElseThrow();
				String path = SitePaths.article(language, row.getString("slug"));
				byId.computeIfAbsent(row.getLong("id"),
						(id) -> new ArticleLocation(new TreeMap<>(), updated))
					.paths()
					.put(language, path);
			});
		return List.copyOf(byId.values());
	}

}
