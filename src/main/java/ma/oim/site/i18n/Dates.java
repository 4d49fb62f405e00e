package ma.oim.site.i18n;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Date formatting for templates, as {@code @dates}: they may not call static methods. */
@Component("dates")
public class Dates {

	public String dateTime(Instant instant, Language language) {
		return SiteZone.dateTime(instant, language);
	}

	/** A day, written as the language writes dates ("30 juillet 2016"). */
	public String date(LocalDate day, Language language) {
		return SiteZone.longDate(day.atStartOfDay(SiteZone.ZONE).toInstant(), language);
	}

	public String iso(Instant instant) {
		return (instant != null) ? SiteZone.isoDateTime(instant) : "";
	}

}
