package ma.oim.site.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Content whose public pages change by themselves at a time set in advance, such as a
 * scheduled article going live. Rendered pages kept in the page cache are valid until the
 * earliest of these times; features with such content implement this.
 */
public interface ScheduledChanges {

	/** The first time after {@code now} at which public pages change by themselves, if any. */
	Optional<Instant> nextAfter(Instant now);

	/**
	 * The time a query gives in its one column, none for null, with {@code now} (in UTC) as its
	 * named parameter {@code :now}: how an implementation reads its next time.
	 */
	static Optional<Instant> first(JdbcClient jdbc, String sql, Instant now) {
		return jdbc.sql(sql)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((row, number) -> row.getObject(1, OffsetDateTime.class))
			.optional()
			.map(OffsetDateTime::toInstant);
	}

}
