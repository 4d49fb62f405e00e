package ma.oim.site.review;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review queue answers in under 50 ms with 10,000 articles waiting, its first page and
 * its last alike: the page and its count are read by the queue's index (V24). What is
 * bounded is what the answer costs, the application's work (the request's CPU time; MockMvc
 * runs it on this thread) plus PostgreSQL's (the execution time of the queue's two
 * statements): the wall-clock time, printed beside them, depends on what else the machine
 * runs (2 cores shared by parallel builds when this was written).
 */
@SiteTest
class ReviewQueueCostTests {

	static final String WRITER = "queue-cost@oim.test";

	/** The queue's statements as ReviewQueue runs them, for PostgreSQL to time. */
	static final String PAGE_SQL = """
			with page as (select article_id from article_review where state = 'SUBMITTED'
			              order by submitted_at, article_id limit 20 offset %d)
			select r.article_id, t.title, r.submitted_by, coalesce(u.display_name, r.submitted_by), r.submitted_at, r.state,
			       exists (select 1 from article_proposal p where p.article_id = r.article_id)
			from article_review r
			join article_translation t on t.article_id = r.article_id and t.language = 'fr'
			left join app_user u on lower(u.email) = lower(r.submitted_by)
			where r.article_id in (select article_id from page) order by r.submitted_at, r.article_id""";

	static final String COUNT_SQL = "select count(*) from article_review where state = 'SUBMITTED'";

	static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeArticles() {
		this.jdbc.update("delete from article where author_email = ?", WRITER);
	}

	@Test
	void theQueueAnswersInUnderFiftyMillisecondsWithTenThousandArticlesWaiting() throws Exception {
		this.jdbc.update("""
				with added as (
				    insert into article (status, author_email)
				    select 'DRAFT', ? from generate_series(1, 10000)
				    returning id),
				texts as (
				    insert into article_translation (article_id, language, slug, title, body_html)
				    select id, 'fr', 'relire-' || id, 'À relire ' || id, '<p>Texte.</p>' from added
				    returning article_id)
				insert into article_review (article_id, state, submitted_by, submitted_at)
				select article_id, 'SUBMITTED', ?, timestamptz '2026-01-01 10:00Z' + article_id * interval '1 minute'
				from texts
				""", WRITER, WRITER);
		// One in ten waits as a change proposed to the article: the queue marks those.
		this.jdbc.update("""
				insert into article_proposal (article_id, form, base_version, saved_by, saved_at)
				select article_id, '{}', 0, submitted_by, submitted_at from article_review
				where submitted_by = ? and article_id % 10 = 0""", WRITER);
		// As autovacuum leaves a table that has settled: its visibility map lets the index answer alone.
		this.jdbc.execute("vacuum (analyze) article_review");
		this.jdbc.execute("analyze article; analyze article_translation; analyze article_proposal");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int page : new int[] { 1, 500 }) {
			List<Long> cpu = new ArrayList<>();
			List<Long> wall = new ArrayList<>();
			List<Long> database = new ArrayList<>();
			// The first requests compile the page's code (JIT): what is measured is the queue, not the warm-up.
			for (int i = 0; i < 35; i++) {
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				String html = this.mvc
					.perform(get("/admin/review").param("page", String.valueOf(page)).with(user(WRITER).roles("EDITOR")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				long elapsed = System.nanoTime() - start;
				long used = threads.getCurrentThreadCpuTime() - cpuStart;
				assertThat(html).contains("À relire ");
				if (i >= 20) {
					wall.add(elapsed / 1_000);
					cpu.add(used / 1_000);
					database.add(executionMicros(PAGE_SQL.formatted((page - 1) * 20)) + executionMicros(COUNT_SQL));
				}
			}
			long cpuMedian = median(cpu);
			long databaseMedian = median(database);
			System.out.printf("Review queue with 10,000 articles waiting, page %d: median %d µs of the application's"
					+ " CPU + %d µs in PostgreSQL = %d µs (wall clock on this machine now: median %d µs)%n", page,
					cpuMedian, databaseMedian, cpuMedian + databaseMedian, median(wall));
			assertThat(cpuMedian + databaseMedian).as("median µs of the queue's page " + page).isLessThan(50_000);
		}
	}

	private long executionMicros(String sql) {
		String plan = String.join("\n", this.jdbc.queryForList("explain (analyze) " + sql, String.class));
		Matcher time = EXECUTION.matcher(plan);
		assertThat(time.find()).as(plan).isTrue();
		return Math.round(Double.parseDouble(time.group(1)) * 1_000);
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}
