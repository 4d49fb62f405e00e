package ma.oim.site.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How many public articles a list holds, and the archive's years, read from the counts
 * that PostgreSQL's triggers keep (V7__article_counts.sql): a few dozen rows whatever the
 * number of articles. The counts include scheduled articles; those whose time has not
 * come at {@code now} are counted live and subtracted, so the numbers follow the clock
 * like every public query.
 *
 * <p>Every article is written in French, so a French-only filter is no filter; the
 * counts know one language distinction: translated into English or not.
 */
@Repository
class ArticleCounts {

	/** Published, but not yet public at :now; with the filters of the count. */
	private static final String SCHEDULED = """
			select count(*) from article a
			where a.status = 'PUBLISHED' and a.published_at > :now
			  and (:axis = 0 or exists (select 1 from article_axis x where x.article_id = a.id and x.axis_id = :axis))
			  and (:everyLanguage or exists (select 1 from article_translation t where t.article_id = a.id and t.language = 'en'))
			""";

	private static final String COUNT = """
			select (select coalesce(sum(c.articles), 0) from article_count c
			        where c.axis_id = :axis and (:year = 0 or c.year = :year) and (:everyLanguage or c.english))
			     - (%s and (:year = 0 or extract(year from a.published_at at time zone 'Africa/Casablanca') = :year))
			""".formatted(SCHEDULED.strip());

	private static final String YEARS = """
			select year, count from (
			    select c.year, sum(c.articles)
			           - (%s and extract(year from a.published_at at time zone 'Africa/Casablanca') = c.year) as count
			    from article_count c
			    where c.axis_id = :axis and (:everyLanguage or c.english)
			    group by c.year) counted
			where count > 0
			order by year desc
			""".formatted(SCHEDULED.strip());

	private final NamedParameterJdbcTemplate jdbc;

	ArticleCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many articles {@code filter} lists at {@code now}. */
	long count(NewsFilter filter, Instant now) {
		MapSqlParameterSource parameters = parameters(filter.language(), now)
			.addValue("axis", (filter.axisId() != null) ? filter.axisId() : 0L)
			.addValue("year", (filter.year() != null) ? filter.year() : 0);
		return this.jdbc.queryForObject(COUNT, parameters, Long.class);
	}

	/**
	 * Years with public news at {@code now} (in Morocco's time zone), newest first, with
	 * their number of articles.
	 * @param language when not null, only articles translated into it are counted
	 */
	List<YearCount> years(Language language, Instant now) {
		return this.jdbc.query(YEARS, parameters(language, now).addValue("axis", 0L),
				(row, number) -> new YearCount(row.getInt("year"), row.getLong("count")));
	}

	private static MapSqlParameterSource parameters(Language language, Instant now) {
		return new MapSqlParameterSource().addValue("now", now.atOffset(ZoneOffset.UTC))
			.addValue("everyLanguage", language != Language.EN);
	}

}
