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
	 * The articles counted but not public at :now (not yet, or no longer). In English, an
	 * article is counted while its translation is published by its own life or follows the
	 * article (V19), and not public while either is scheduled. The scheduled and the expired
	 * ones are found by their indexes (a union, not an "or" that would read every published
	 * article), once per query (materialized: never again for each row or year).
	 */
	private static final String NOT_PUBLIC = """
			not_public as materialized (
			    select a.id from article a where %s
			    union
			    select a.id from article a where %s
			    union
			    select s.article_id from article_translation s
			    where not :everyLanguage and s.language = 'en' and s.status = 'PUBLISHED' and s.published_at > :now)
			""".formatted(PublicArticle.SCHEDULED_SQL, PublicArticle.EXPIRED_SQL).strip();

	/** Those of them the count holds, with its filters, as each was counted ({@code article_tally}). */
	private static final String COUNTED = """
			from article_tally a join not_public n on n.id = a.article_id
			where (:everyLanguage or a.english) and (:axis = 0 or :axis = any (a.axis_ids))
			""".strip();

	private static final String COUNT = """
			with %s
			select (select coalesce(sum(c.articles), 0) from article_count c
			        where c.axis_id = :axis and (:year = 0 or c.year = :year) and (:everyLanguage or c.english))
			     - (select count(*) %s and (:year = 0 or a.year = :year))
			""".formatted(NOT_PUBLIC, COUNTED);

	/** The articles not public are counted by year once, and subtracted from each year's count. */
	private static final String YEARS = """
			with %s,
			gone as materialized (select a.year, count(*) as articles %s group by a.year)
			select year, count from (
			    select c.year, sum(c.articles) - coalesce(max(g.articles), 0) as count
			    from article_count c
			    left join gone g on g.year = c.year
			    where c.axis_id = :axis and (:everyLanguage or c.english)
			    group by c.year) counted
			where count > 0
			order by year desc
			""".formatted(NOT_PUBLIC, COUNTED);

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
