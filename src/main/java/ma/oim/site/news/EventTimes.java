package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import ma.oim.site.web.ScheduledChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next time a published event starts or ends: the events list (upcoming, then past)
 * and the event's pages change then, so the page cache keeps them no longer.
 */
@Component
class EventTimes implements ScheduledChanges {

	private static final String NEXT = """
			select least((select min(a.starts_at) from article a
			              where a.kind = 'EVENT' and a.status = 'PUBLISHED' and a.starts_at > :now),
			             (select min(a.ends_at) from article a
			              where a.kind = 'EVENT' and a.status = 'PUBLISHED' and a.ends_at > :now))
			""";

	private final JdbcClient jdbc;

	EventTimes(JdbcClient jdbc) {
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
