package ma.oim.site.news;

import java.time.Instant;
import java.util.Optional;

import ma.oim.site.web.ScheduledChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next time a public event starts or ends, or a public call's deadline passes: the
 * events list (upcoming, then past), the calls lists (open, then closed) and their pages
 * change then, so the page cache keeps them no longer. A scheduled or expiring article's
 * own times are {@link ScheduledArticles}'.
 */
@Component
class EventAndCallTimes implements ScheduledChanges {

	/** Only events have a start and an end, only calls a deadline (V29, V30). */
	private static final String NEXT = """
			select min(t.at) from article a
			cross join lateral (values (a.starts_at), (a.ends_at), (a.deadline)) as t(at)
			where a.kind in ('EVENT', 'CALL') and %s and t.at > :now
			""".formatted(PublicArticle.SQL);

	private final JdbcClient jdbc;

	EventAndCallTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> nextAfter(Instant now) {
		return ScheduledChanges.first(this.jdbc, NEXT, now);
	}

}
