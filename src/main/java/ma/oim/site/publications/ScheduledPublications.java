package ma.oim.site.publications;

import java.time.Instant;
import java.util.Optional;

import ma.oim.site.web.ScheduledChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next time a scheduled publication goes live or a published one expires: the pages
 * that show it (its page, the list, its axes' and partners' pages, the feed, the sitemap)
 * change then. Found by the partial indexes of V21 and V28.
 */
@Component
class ScheduledPublications implements ScheduledChanges {

	private static final String NEXT = """
			select least((select min(p.published_at) from publication p where p.status = 'PUBLISHED' and p.published_at > :now),
			             (select min(p.expires_at) from publication p where p.status = 'PUBLISHED' and p.expires_at > :now))
			""";

	private final JdbcClient jdbc;

	ScheduledPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> nextAfter(Instant now) {
		return ScheduledChanges.first(this.jdbc, NEXT, now);
	}

}
