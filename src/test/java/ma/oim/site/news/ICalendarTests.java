package ma.oim.site.news;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545's text escaping and line folding, by hand. */
class ICalendarTests {

	@Test
	void textEscapesBackslashSemicolonCommaAndLineBreaks() {
		assertThat(ICalendar.text("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
		assertThat(ICalendar.text("bell\u0007 tab\t")).isEqualTo("bell tab\t");
		assertThat(ICalendar.text("plain: text")).isEqualTo("plain: text");
	}

	@Test
	void foldsAt75OctetsWithoutCuttingACharacter() {
		String line = "DESCRIPTION:" + "é".repeat(40) + "العربية".repeat(5);
		String folded = ICalendar.fold(line);
		assertThat(folded).endsWith("\r\n");
		String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
		assertThat(lines.length).isGreaterThan(1);
		for (int i = 0; i < lines.length; i++) {
			assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			if (i > 0) {
				assertThat(lines[i]).startsWith(" ");
			}
		}
		// No character was cut: unfolding gives the line back, and each piece is whole UTF-8.
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
		assertThat(ICalendar.fold("SHORT:line")).isEqualTo("SHORT:line\r\n");
		assertThat(ICalendar.fold("X:" + "a".repeat(73))).doesNotContain("\r\n ");
		assertThat(ICalendar.fold("X:" + "a".repeat(74))).isEqualTo("X:" + "a".repeat(73) + "\r\n a\r\n");
	}

	@Test
	void eventHasItsPropertiesInUtc() {
		String file = ICalendar.of(new ICalendar.Event("article-7@oim.ma", Instant.parse("2026-12-01T10:00:00.123456Z"),
				null, Instant.parse("2026-12-05T08:00:00Z"), null, "Atelier", "", null, "https://oim.ma/fr/actualites/a"));
		assertThat(file.split("\r\n")).containsExactly("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IOM Morocco//Site//EN",
				"CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:article-7@oim.ma", "DTSTAMP:20261201T100000Z",
				"DTSTART:20261205T080000Z", "SUMMARY:Atelier", "URL:https://oim.ma/fr/actualites/a", "END:VEVENT",
				"END:VCALENDAR");
	}

}
