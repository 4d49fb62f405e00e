package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import ma.oim.site.web.ScheduledChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The next scheduled article's time: the pages that list it change then. */
@Component
class ScheduledArticles implements ScheduledChanges {

	private static final String NEXT = "select min(a.published_at) from article a where " + PublicArticle.SCHEDULED_SQL;

	private final JdbcClient jdbc;

	ScheduledArticles(JdbcClient jdbc) {
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
