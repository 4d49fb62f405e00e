package ma.oim.site.news;

import java.time.Instant;
import java.util.List;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many public articles a list holds, and the archive's years, read from the counts
 * that PostgreSQL's triggers keep (V7__article_counts.sql): a few dozen rows whatever the
 * number of articles. The counts include scheduled and expiring articles; those whose
 * time has not come at {@code now}, and those whose expiry time has, are counted live and
 * subtracted, so the numbers follow the clock like every public query.
 *
 * <p>Every article is written in French, so a French-only filter is no filter; the
 * counts know one language distinction: translated into English or not.
 */
@Repository
class ArticleCounts {

	/**
	 * Counted, but not public at :now (not yet, or no longer); with the filters of the
	 * count. In English, an article is counted while its translation is published by its
	 * own life or follows the article (V19), and not public while either is scheduled. The
	 * scheduled and the expired ones are found by their indexes (a union, not an "or" that
	 * would read every published article).
	 */
	private static final String SCHEDULED = """
			select count(*) from article a
			where a.id in (select a.id from article a where %s
			               union all
			               select a.id from article a where %s
			               union all
			               select s.article_id from article_translation s
			               where not :everyLanguage and s.language = 'en' and s.status = 'PUBLISHED'
			                 and s.published_at > :now)
			  and a.status = 'PUBLISHED'
			  and (:axis = 0 or exists (select 1 from article_axis x where x.article_id = a.id and x.axis_id = :axis))
			  and (:everyLanguage or exists (select 1 from article_translation t where t.article_id = a.id and t.language = 'en'
			      and (t.status is null or t.status = 'PUBLISHED')))
			""".formatted(PublicArticle.SCHEDULED_SQL, PublicArticle.EXPIRED_SQL);

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

	private final JdbcClient jdbc;

	ArticleCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many articles {@code filter} lists at {@code now}. */
	long count(NewsFilter filter, Instant now) {
		return this.jdbc.sql(COUNT)
			.param("now", PublicArticleIds.utc(now))
			.param("everyLanguage", filter.language() == null)
			.param("axis", (filter.axisId() != null) ? filter.axisId() : 0L)
			.param("year", (filter.year() != null) ? filter.year() : 0)
			.query(Long.class)
			.single();
	}

	/**
	 * Years with public news at {@code now} (in Morocco's time zone), newest first, with
	 * their number of articles.
	 * @param language when not null, only articles translated into it are counted
	 */
	List<YearCount> years(Language language, Instant now) {
		return this.jdbc.sql(YEARS)
			.param("now", PublicArticleIds.utc(now))
			.param("everyLanguage", language == null)
			.param("axis", 0L)
			.query((row, number) -> new YearCount(row.getInt("year"), row.getLong("count")))
			.list();
	}

}
