package ma.oim.site.news;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;

/**
 * When an event takes place, in Morocco's time, written in the reader's language:
 * « 12 décembre 2026, 09:30 – 17:00 », or both dates when it runs over several days.
 * @param isoStart for {@code <time datetime>} and structured data, with its offset
 * @param isoEnd the same, or null when no end is given
 * @param upcoming it has not ended at the time the page was made
 */
public record EventTime(String isoStart, String isoEnd, String text, boolean upcoming) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(SiteZone.ZONE);

	static EventTime of(Instant start, Instant end, Language language, Instant now) {
		String text = SiteZone.dateTime(start, language);
		if (end != null) {
			boolean sameDay = start.atZone(SiteZone.ZONE).toLocalDate().equals(end.atZone(SiteZone.ZONE).toLocalDate());
			text += " – " + (sameDay ? TIME.format(end) : SiteZone.dateTime(end, language));
		}
		return new EventTime(SiteZone.isoDateTime(start), (end != null) ? SiteZone.isoDateTime(end) : null, text,
				isUpcoming(start, end, now));
	}

	/** Upcoming until it ends (or, with no end given, until it starts). */
	static boolean isUpcoming(Instant start, Instant end, Instant now) {
		return ((end != null) ? end : start).isAfter(now);
	}

}
