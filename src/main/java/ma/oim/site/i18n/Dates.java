package ma.oim.site.i18n;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Date formatting for templates, as {@code @dates}: they may not call static methods. */
@Component("dates")
public class Dates {

	public String dateTime(Instant instant, Language language) {
		return SiteZone.dateTime(instant, language);
	}

	public String iso(Instant instant) {
		return (instant != null) ? SiteZone.isoDateTime(instant) : "";
	}

}
