package ma.oim.site.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates on the site are those of Morocco, written the way each language writes them. */
public final class SiteZone {

	public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

	private SiteZone() {
	}

	/**
	 * « 30 juillet 2016 » in French (« 1er mai 2016 » on the first), "30 July 2016" in
	 * English, « 30 يوليوز 2016 » in Arabic: the patterns of each language's bundle.
	 */
	public static String longDate(Instant instant, Language language) {
		return language.longDate(instant.atZone(ZONE).getDayOfMonth() == 1).withZone(ZONE).format(instant);
	}

	/** Date and time to the minute, for the back office: « 23 novembre 2026, 10:45 ». */
	public static String dateTime(Instant instant, Language language) {
		return (instant != null) ? longDate(instant, language) + ", "
				+ DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE).format(instant) : "";
	}

	/**
	 * For {@code <time datetime>} and structured data. To the second: HTML allows at most
	 * three digits of fraction, and times saved by the application carry microseconds.
	 */
	public static String isoDateTime(Instant instant) {
		return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
