package ma.oim.site.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ids of the articles a list shows, newest first: the cards are read from them
 * ({@link ArticleCards}), the feeds' articles too.
 *
 * <p>Statements are prepared once and planned once for every value of their parameters
 * (application.properties: plan_cache_mode), so what decides the plan is written into
 * the statement: the status, which the index of published articles is restricted to, and
 * the number of rows, which makes PostgreSQL walk that index newest first and stop. With
 * both bound, the plan made for any value of an axis's list started a parallel worker to
 * sort the axis's articles (10.8 ms instead of 0.6 at 100,000 articles). Each combination
 * of filters has a statement of its own.
 */
@Repository
class PublicArticleIds {

	/**
	 * Published in the year {@code :year} in Morocco, by PostgreSQL's time zone rules, as
	 * the archive's counts are (V7): a list of a year shows the articles its count counts,
	 * however the server's rules for Morocco differ from the JVM's. A range of the index.
	 */
	static final String IN_YEAR = "a.published_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Africa/Casablanca')"
			+ " and a.published_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Africa/Casablanca')";

	private final NamedParameterJdbcTemplate jdbc;

	PublicArticleIds(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The {@code count} newest articles of {@code filter} public at {@code now}, after the first {@code offset}. */
	List<Long> newest(NewsFilter filter, Instant now, long offset, int count) {
		StringBuilder sql = new StringBuilder("select a.id from article a where ")
			.append(ArticleRepository.PUBLIC_NATIVE);
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("now", now.atOffset(ZoneOffset.UTC))
			.addValue("offset", offset);
		if (filter.axisId() != null) {
			sql.append(" and exists (select 1 from article_axis x where x.article_id = a.id and x.axis_id = :axis)");
			parameters.addValue("axis", filter.axisId());
		}
		if (filter.year() != null) {
			sql.append(" and ").append(IN_YEAR);
			parameters.addValue("year", filter.year());
		}
		if (filter.language() != null) {
			sql.append(" and exists (select 1 from article_translation t where t.article_id = a.id and t.language = :language)");
			parameters.addValue("language", filter.language().code());
		}
		sql.append(" order by a.published_at desc, a.id desc limit ").append(count).append(" offset :offset");
		return this.jdbc.queryForList(sql.toString(), parameters, Long.class);
	}

}
