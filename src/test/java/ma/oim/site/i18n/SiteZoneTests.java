package ma.oim.site.i18n;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteZoneTests {

	@Test
	void writesDatesTheFrenchWayAndTheEnglishWay() {
		Instant instant = Instant.parse("2016-07-30T09:00:00Z");
		assertThat(SiteZone.longDate(instant, Language.FR)).isEqualTo("30 juillet 2016");
		assertThat(SiteZone.longDate(instant, Language.EN)).isEqualTo("30 July 2016");
	}

	@Test
	void firstOfTheMonthIsWrittenAsAnOrdinalInFrench() {
		Instant instant = Instant.parse("2016-05-01T09:00:00Z");
		assertThat(SiteZone.longDate(instant, Language.FR)).isEqualTo("1er mai 2016");
		assertThat(SiteZone.longDate(instant, Language.EN)).isEqualTo("1 May 2016");
	}

	@Test
	void datesAreThoseOfCasablancaNotOfUtc() {
		Instant lateEveningUtc = Instant.parse("2016-07-29T23:30:00Z");
		assertThat(SiteZone.longDate(lateEveningUtc, Language.FR)).isEqualTo("30 juillet 2016");
		assertThat(SiteZone.isoDateTime(lateEveningUtc)).isEqualTo("2016-07-30T00:30:00+01:00");
	}

	@Test
	void isoDateTimesStopAtTheSecondAsHtmlRequires() {
		Instant saved = Instant.parse("2026-11-23T12:14:51.146110Z");
		assertThat(SiteZone.isoDateTime(saved)).isEqualTo("2026-11-23T13:14:51+01:00");
	}

}
