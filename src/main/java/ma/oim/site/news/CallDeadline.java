package ma.oim.site.news;

import java.time.Instant;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;

/**
 * A call's type and deadline, in Morocco's time, written in the reader's language:
 * « 15 décembre 2026, 23:59 ».
 * @param type what the call is for
 * @param isoDeadline for {@code <time datetime>} and structured data, with its offset
 * @param text the deadline in the reader's language
 * @param reference the call's reference as written, or null
 * @param open its deadline is after the time the page was made
 */
public record CallDeadline(CallType type, String isoDeadline, String text, String reference, boolean open) {

	static CallDeadline of(CallType type, Instant deadline, String reference, Language language, Instant now) {
		return new CallDeadline(type, SiteZone.isoDateTime(deadline), SiteZone.dateTime(deadline, language), reference,
				isOpen(deadline, now));
	}

	/** Open until its deadline, closed from it on. */
	static boolean isOpen(Instant deadline, Instant now) {
		return deadline.isAfter(now);
	}

}
