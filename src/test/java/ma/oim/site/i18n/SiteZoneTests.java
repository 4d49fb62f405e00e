package ma.oim.site.i18n;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteZoneTests {

	@Test
	void writesDatesTheFrenchWayAndTheEnglishWay() {
		Instant instant = Instant.parse("2016-07-30T09:00:00Z");
		assertThat(SiteZone.longDate(instant, Language.forCode("fr"))).isEqualTo("30 juillet 2016");
		assertThat(SiteZone.longDate(instant, Language.forCode("en"))).isEqualTo("30 July 2016");
	}

	@Test
	void firstOfTheMonthIsWrittenAsAnOrdinalInFrench() {
		Instant instant = Instant.parse("2016-05-01T09:00:00Z");
		assertThat(SiteZone.longDate(instant, Language.forCode("fr"))).isEqualTo("1er mai 2016");
		assertThat(SiteZone.longDate(instant, Language.forCode("en"))).isEqualTo("1 May 2016");
	}

	/** Morocco's Gregorian month names (CLDR's ar-MA), Western digits as Moroccan media write them. */
	@Test
	void arabicDatesUseTheMonthsOfMoroccoAndWesternDigits() {
		String[] months = { "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
				"نونبر", "دجنبر" };
		Language arabic = Language.forCode("ar");
		for (int month = 1; month <= 12; month++) {
			Instant instant = java.time.LocalDate.of(2016, month, 15).atTime(12, 0).atZone(SiteZone.ZONE).toInstant();
			assertThat(SiteZone.longDate(instant, arabic)).isEqualTo("15 " + months[month - 1] + " 2016");
		}
		assertThat(SiteZone.longDate(Instant.parse("2016-05-01T09:00:00Z"), arabic)).isEqualTo("1 ماي 2016")
			.doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
	}

	@Test
	void datesAreThoseOfCasablancaNotOfUtc() {
		Instant lateEveningUtc = Instant.parse("2016-07-29T23:30:00Z");
		assertThat(SiteZone.longDate(lateEveningUtc, Language.forCode("fr"))).isEqualTo("30 juillet 2016");
		assertThat(SiteZone.isoDateTime(lateEveningUtc)).isEqualTo("2016-07-30T00:30:00+01:00");
	}

	@Test
	void isoDateTimesStopAtTheSecondAsHtmlRequires() {
		Instant saved = Instant.parse("2026-11-23T12:14:51.146110Z");
		assertThat(SiteZone.isoDateTime(saved)).isEqualTo("2026-11-23T13:14:51+01:00");
	}

}
