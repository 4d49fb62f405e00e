package ma.oim.site.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts that PostgreSQL's triggers keep (V7__article_counts.sql) always equal a
 * count of the articles themselves, whatever changes and in whatever order: publication,
 * a date moved to another year, axes and translations added or removed, withdrawal,
 * deletion (its translations and axes go by cascade). Changes are made in SQL, as an
 * administrator could make them by hand.
 */
@SiteTest
class ArticleCountsTests {

	/** What article_count must hold: published articles by year, axis (0: all) and English translation. */
	static final String RECOUNT = """
			select year, axis, english, count(*) as articles from (
			    select a.id, extract(year from a.published_at at time zone 'Africa/Casablanca')::integer as year,
			           exists (select 1 from article_translation t where t.article_id = a.id and t.language = 'en') as english,
			           0::bigint || coalesce((select array_agg(x.axis_id) from article_axis x where x.article_id = a.id), '{}') as axes
			    from article a where a.status = 'PUBLISHED') published, unnest(axes) as axis
			group by 1, 2, 3 order by 1, 2, 3
			""";

	static final String COUNTS = "select year, axis_id as axis, english, articles from article_count order by 1, 2, 3";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleCounts counts;

	@Autowired
	AxisLinks axes;

	long id;

	@AfterEach
	void removeArticle() {
		this.jdbc.update("delete from article where author_email = 'counts@oim.test'");
	}

	@Test
	void countsFollowEveryChange() {
		assertCountsAreRight();
		this.id = this.jdbc.queryForObject("insert into article (status, author_email) values ('DRAFT', 'counts@oim.test') "
				+ "returning id", Long.class);
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', 'compte', 'Compte')", this.id);
		assertCountsAreRight();
		this.jdbc.update("update article set status = 'PUBLISHED', published_at = '2019-12-31 23:30Z' where id = ?", this.id);
		assertCountsAreRight();
		this.jdbc.update("insert into article_axis (article_id, axis_id) values (?, 1), (?, 3)", this.id, this.id);
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'en', 'count', 'Count')", this.id);
		assertCountsAreRight();
		// 23:30 UTC on 31 December 2019 is already 2020 in Morocco (UTC+1).
		assertThat(this.jdbc.queryForObject("select year from article_tally where article_id = ?", Integer.class, this.id))
			.isEqualTo(2020);
		long other = this.jdbc.queryForObject("insert into article (status, published_at, author_email) values "
				+ "('PUBLISHED', '2020-03-01 10:00Z', 'counts@oim.test') returning id", Long.class);
		this.jdbc.update("insert into article_axis (article_id, axis_id) values (?, 3)", other);
		assertCountsAreRight();
		this.jdbc.update("update article set published_at = '2017-06-01 10:00Z' where id = ?", this.id);
		this.jdbc.update("delete from article_axis where article_id = ? and axis_id = 1", this.id);
		this.jdbc.update("update article_translation set title = 'Compte rendu' where article_id = ?", this.id);
		assertCountsAreRight();
		this.jdbc.update("delete from article_translation where article_id = ? and language = 'en'", this.id);
		assertCountsAreRight();
		this.jdbc.update("update article set status = 'WITHDRAWN' where id = ?", this.id);
		assertCountsAreRight();
		this.jdbc.update("update article set status = 'PUBLISHED' where id = ?", this.id);
		this.jdbc.update("delete from article where id = ?", this.id);
		assertCountsAreRight();
		assertThat(this.jdbc.queryForObject("select count(*) from article_tally where article_id = ?", Long.class, this.id))
			.isZero();
	}

	@Test
	void scheduledArticleIsCountedOnlyOnceItsTimeHasCome() {
		Instant goLive = Instant.parse("2031-05-01T10:00:00Z");
		this.id = this.jdbc.queryForObject("insert into article (status, published_at, author_email) values "
				+ "('PUBLISHED', ?, 'counts@oim.test') returning id", Long.class, java.sql.Timestamp.from(goLive));
		this.jdbc.update("insert into article_axis (article_id, axis_id) values (?, 2)", this.id);
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', 'plus-tard', 'Plus tard')", this.id);
		NewsFilter all = NewsFilter.ALL;
		NewsFilter axis = new NewsFilter(this.axes.axes().get(1).id(), null, null);
		NewsFilter year = new NewsFilter(null, 2031, null);
		NewsFilter english = new NewsFilter(null, null, Language.forCode("en"));
		Instant before = goLive.minusSeconds(1);
		long allBefore = this.counts.count(all, before);
		long axisBefore = this.counts.count(axis, before);
		assertThat(this.counts.count(year, before)).isZero();
		assertThat(this.counts.years(null, before)).extracting(YearCount::year).doesNotContain(2031);
		assertThat(this.counts.count(all, goLive)).isEqualTo(allBefore + 1);
		assertThat(this.counts.count(axis, goLive)).isEqualTo(axisBefore + 1);
		assertThat(this.counts.count(year, goLive)).isEqualTo(1);
		assertThat(this.counts.count(english, goLive)).as("no English translation")
			.isEqualTo(this.counts.count(english, before));
		assertThat(this.counts.years(null, goLive)).first().isEqualTo(new YearCount(2031, 1));
	}

	private void assertCountsAreRight() {
		List<Map<String, Object>> expected = this.jdbc.queryForList(RECOUNT);
		assertThat(this.jdbc.queryForList(COUNTS)).isEqualTo(expected);
	}

}
