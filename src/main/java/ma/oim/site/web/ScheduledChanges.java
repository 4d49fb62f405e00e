package ma.oim.site.web;

import java.time.Instant;
import java.util.Optional;

/**
 * Content whose public pages change by themselves at a time set in advance, such as a
 * scheduled article going live. Rendered pages kept in the page cache are valid until the
 * earliest of these times; features with such content implement this.
 */
public interface ScheduledChanges {

	/** The first time after {@code now} at which public pages change by themselves, if any. */
	Optional<Instant> nextAfter(Instant now);

}
