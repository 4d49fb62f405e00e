package ma.oim.site.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.PageNumber;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of review: the queue (oldest submission first), what was sent back to a
 * writer, where one article stands, its history. One statement each, by the indexes of
 * {@code V24}: the queue stays fast with thousands waiting (ReviewQueueCostTests).
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	public static final int PAGE_SIZE = 20;

	/** Items in each list of the dashboard. */
	static final int DASHBOARD_SIZE = 10;

	/** An article's French title and its writer's name beside the review row. */
	private static final String ITEMS = """
			select r.article_id, t.title, r.submitted_by, coalesce(u.display_name, r.submitted_by), r.submitted_at,
			       r.state, exists (select 1 from article_proposal p where p.article_id = r.article_id)
			from article_review r
			join article_translation t on t.article_id = r.article_id and t.language = :record
			left join app_user u on lower(u.email) = lower(r.submitted_by)
			""";

	private final JdbcClient jdbc;

	ReviewQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the articles waiting for a review, oldest first. The page's ids are found
	 * in the queue's index alone (an index-only scan skips the rows before it cheaply); only
	 * its 20 rows are joined to their titles and writers.
	 */
	public Page<QueuedArticle> waiting(PageNumber page) {
		List<QueuedArticle> items = this.jdbc
			.sql("with page as (select article_id from article_review where state = 'SUBMITTED'"
					+ " order by submitted_at, article_id limit :size offset :offset) "
					+ ITEMS + " where r.article_id in (select article_id from page) order by r.submitted_at, r.article_id")
			.param("record", Language.record().code())
			.param("size", PAGE_SIZE)
			.param("offset", (long) page.index() * PAGE_SIZE)
			.query(ReviewQueue::item)
			.list();
		return new PageImpl<>(items, PageRequest.of(page.index(), PAGE_SIZE), waitingCount());
	}

	public long waitingCount() {
		return this.jdbc.sql("select count(*) from article_review where state = 'SUBMITTED'").query(Long.class).single();
	}

	/** The first of the queue, for the dashboard; the writer's own submissions left out. */
	public List<QueuedArticle> waitingFor(String reviewer) {
		return this.jdbc
			.sql(ITEMS + " where r.state = 'SUBMITTED' and r.submitted_by <> :reviewer"
					+ " order by r.submitted_at, r.article_id limit :size")
			.param("record", Language.record().code())
			.param("reviewer", reviewer)
			.param("size", DASHBOARD_SIZE)
			.query(ReviewQueue::item)
			.list();
	}

	/** What editors sent back to this writer, newest first. */
	public List<QueuedArticle> sentBackTo(String writer) {
		return this.jdbc
			.sql(ITEMS + " where r.submitted_by = :writer and r.state = 'SENT_BACK'"
					+ " order by r.decided_at desc, r.article_id limit :size")
			.param("record", Language.record().code())
			.param("writer", writer)
			.param("size", DASHBOARD_SIZE)
			.query(ReviewQueue::item)
			.list();
	}

	/** This writer's articles waiting for an editor, oldest first. */
	public List<QueuedArticle> submittedBy(String writer) {
		return this.jdbc
			.sql(ITEMS + " where r.submitted_by = :writer and r.state = 'SUBMITTED'"
					+ " order by r.submitted_at, r.article_id limit :size")
			.param("record", Language.record().code())
			.param("writer", writer)
			.param("size", DASHBOARD_SIZE)
			.query(ReviewQueue::item)
			.list();
	}

	public Optional<ReviewStatus> status(long articleId) {
		return this.jdbc
			.sql("select state, submitted_by, submitted_at, decided_by, decided_at from article_review where article_id = ?")
			.param(articleId)
			.query((row, number) -> new ReviewStatus(row.getString(1), row.getString(2),
					row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4),
					Optional.ofNullable(row.getObject(5, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
			.optional();
	}

	/** The article's review history, oldest first. */
	public List<ReviewNote> notes(long articleId) {
		return this.jdbc.sql("""
				select n.written_at, n.author, coalesce(u.display_name, n.author), n.kind, n.text
				from review_note n left join app_user u on lower(u.email) = lower(n.author)
				where n.article_id = ? order by n.id""")
			.param(articleId)
			.query((row, number) -> new ReviewNote(row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2),
					row.getString(3), row.getString(4), row.getString(5)))
			.list();
	}

	private static QueuedArticle item(ResultSet row, int number) throws SQLException {
		return new QueuedArticle(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
				row.getObject(5, OffsetDateTime.class).toInstant(), row.getString(6), row.getBoolean(7));
	}

}
