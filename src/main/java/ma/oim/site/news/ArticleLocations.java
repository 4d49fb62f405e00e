package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where the public articles of a year live, for the sitemap, read as slugs in one statement.
 * Loading the articles as entities also read their texts, bodies included, in batches:
 * 3.9 s for 10,000 articles, paid by the first crawler after every publication.
 */
@Repository
class ArticleLocations {

	private static final String LOCATIONS = """
			select a.id, a.updated_at, t.language, t.slug
			from article a join article_translation t on t.article_id = a.id
			where %s and %s
			order by a.published_at desc, a.id desc
			""".formatted(ArticleRepository.PUBLIC_NATIVE, PublicArticleIds.IN_YEAR);

	private final NamedParameterJdbcTemplate jdbc;

	ArticleLocations(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Public at {@code now} and published in {@code year} in Morocco, newest first: the
	 * years the archive counts (the sitemap index lists those), by the same rules.
	 */
	List<ArticleLocation> publicAt(Instant now, int year) {
		Map<Long, ArticleLocation> byId = new LinkedHashMap<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", now.atOffset(ZoneOffset.UTC))
			.addValue("year", year);
		this.jdbc.query(LOCATIONS, parameters,
				(RowCallbackHandler) (row) -> {
					Instant updated = row.getObject("updated_at", OffsetDateTime.class).toInstant();
					Language language = Language.fromCode(row.getString("language")).orElseThrow();
					String path = SitePaths.article(language, row.getString("slug"));
					byId.computeIfAbsent(row.getLong("id"),
							(id) -> new ArticleLocation(new EnumMap<>(Language.class), updated))
						.paths()
						.put(language, path);
				});
		return List.copyOf(byId.values());
	}

}
