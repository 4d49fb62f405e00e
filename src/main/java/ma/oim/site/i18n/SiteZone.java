package ma.oim.site.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates on the site are those of Morocco, written the way each language writes them. */
public final class SiteZone {

	public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

	private SiteZone() {
	}

	/** « 30 juillet 2016 » in French, "30 July 2016" in English. */
	public static String longDate(Instant instant, Language language) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).withZone(ZONE).format(instant);
	}

	/** For {@code <time datetime>} and structured data. */
	public static String isoDateTime(Instant instant) {
		return ISO.format(instant);
	}

}
