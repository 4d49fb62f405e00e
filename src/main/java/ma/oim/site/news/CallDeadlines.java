package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import ma.oim.site.web.ScheduledChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next deadline of a published call: the call leaves the open list for the closed one
 * and its page says "closed" then, so the page cache keeps them no longer.
 */
@Component
class CallDeadlines implements ScheduledChanges {

	private static final String NEXT = """
			select min(a.deadline) from article a
			where a.kind = 'CALL' and a.status = 'PUBLISHED' and a.deadline > :now
			""";

	private final JdbcClient jdbc;

	CallDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> nextAfter(Instant now) {
		return this.jdbc.sql(NEXT)
			.param("now", PublicArticleIds.utc(now))
			.query((row, number) -> row.getObject(1, OffsetDateTime.class))
			.optional()
			.map(OffsetDateTime::toInstant);
	}

}
