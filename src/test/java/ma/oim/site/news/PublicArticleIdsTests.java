package ma.oim.site.news;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ids a list shows, read in SQL with the status and the page size written into the
 * statement (so that one plan suits every value): each filter keeps exactly its
 * articles, newest first, public at the time asked, and pages follow one another.
 */
@SiteTest
class PublicArticleIdsTests {

	/** The first hours of 2031, in Morocco as in UTC. */
	static final Instant NEW_YEAR_NIGHT = Instant.parse("2031-01-01T00:30:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicArticleIds ids;

	@Autowired
	AxisLinks axes;

	@AfterEach
	void removeArticle() {
		this.jdbc.update("delete from article where author_email = 'ids@oim.test'");
	}

	@Test
	void pagesFollowOneAnotherNewestFirst() {
		Instant now = Instant.parse("2026-12-01T12:00:00Z");
		List<Long> firstFour = this.ids.newest(NewsFilter.ALL, now, 0, 4);
		assertThat(firstFour).hasSize(4);
		assertThat(this.ids.newest(NewsFilter.ALL, now, 0, 2)).containsExactlyElementsOf(firstFour.subList(0, 2));
		assertThat(this.ids.newest(NewsFilter.ALL, now, 2, 2)).containsExactlyElementsOf(firstFour.subList(2, 4));
		List<Instant> dates = firstFour.stream()
			.map((id) -> this.jdbc.queryForObject("select published_at from article where id = ?", Instant.class, id))
			.toList();
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void eachFilterKeepsItsArticlesOnceTheirTimeHasCome() {
		AxisLinks.Axis axis = this.axes.axes().get(1);
		long id = this.jdbc.queryForObject("insert into article (status, published_at, author_email) values "
				+ "('PUBLISHED', ?, 'ids@oim.test') returning id", Long.class, Timestamp.from(NEW_YEAR_NIGHT));
		this.jdbc.update("insert into article_axis (article_id, axis_id) values (?, ?)", id, axis.id());
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) "
				+ "values (?, 'fr', 'nouvel-an', 'Nouvel an')", id);
		Instant before = NEW_YEAR_NIGHT.minusSeconds(1);
		Instant after = NEW_YEAR_NIGHT.plusSeconds(1);

		assertThat(this.ids.newest(NewsFilter.ALL, before, 0, 10)).doesNotContain(id);
		assertThat(this.ids.newest(NewsFilter.ALL, after, 0, 10)).first().isEqualTo(id);
		assertThat(this.ids.newest(new NewsFilter(axis.id(), null, null), after, 0, 10)).first().isEqualTo(id);
		assertThat(this.ids.newest(new NewsFilter(this.axes.axes().get(0).id(), null, null), after, 0, 10))
			.as("another axis")
			.doesNotContain(id);
		assertThat(this.ids.newest(new NewsFilter(null, 2031, null), after, 0, 10))
			.containsExactly(id);
		assertThat(this.ids.newest(new NewsFilter(null, 2030, null), after, 0, 10)).doesNotContain(id);
		assertThat(this.ids.newest(new NewsFilter(null, null, Language.forCode("en")), after, 0, 10))
			.as("no English translation")
			.doesNotContain(id);
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) "
				+ "values (?, 'en', 'new-year', 'New Year')", id);
		assertThat(this.ids.newest(new NewsFilter(axis.id(), 2031, Language.forCode("en")), after, 0, 10)).containsExactly(id);
	}

	@Test
	void statementsArePlannedOnceForEveryValue() {
		assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_generic_plan");
	}

}
