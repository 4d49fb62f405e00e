package ma.oim.site.news;

import java.time.Instant;
import java.util.Optional;

import ma.oim.site.web.ScheduledChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next time a scheduled article, or a translation scheduled on its own, goes live, or
 * a published article expires: the pages that show it change then.
 */
@Component
class ScheduledArticles implements ScheduledChanges {

	private static final String NEXT = """
			select least((select min(a.published_at) from article a where %s),
			             (select min(t.published_at) from article_translation t join article a on a.id = t.article_id
			              where t.status = 'PUBLISHED' and t.published_at > :now and a.status = 'PUBLISHED'),
			             (select min(a.expires_at) from article a where a.status = 'PUBLISHED' and a.expires_at > :now))
			""".formatted(PublicArticle.SCHEDULED_SQL);

	private final JdbcClient jdbc;

	ScheduledArticles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> nextAfter(Instant now) {
		return ScheduledChanges.first(this.jdbc, NEXT, now);
	}

}
