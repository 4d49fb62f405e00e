package ma.oim.site.news;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An iCalendar file (RFC 5545) of one event, written by hand: times in UTC ({@code Z}),
 * text values escaped ({@code \ ; ,} and line breaks), lines folded at 75 octets without
 * cutting a UTF-8 character, CRLF line ends.
 */
final class ICalendar {

	static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	/**
	 * One event.
	 * @param uid stable for the event and the site's host ({@code article-12@oim.ma})
	 * @param stamp when this file was made (DTSTAMP)
	 * @param end null when the event has no end given
	 * @param location null when none
	 */
	record Event(String uid, Instant stamp, Instant modified, Instant start, Instant end, String summary,
			String description, String location, String url) {
	}

	private ICalendar() {
	}

	static String of(Event event) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//IOM Morocco//Site//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + text(event.uid()));
		line(out, "DTSTAMP:" + utc(event.stamp()));
		if (event.modified() != null) {
			line(out, "LAST-MODIFIED:" + utc(event.modified()));
		}
		line(out, "DTSTART:" + utc(event.start()));
		if (event.end() != null) {
			line(out, "DTEND:" + utc(event.end()));
		}
		line(out, "SUMMARY:" + text(event.summary()));
		if (event.description() != null && !event.description().isBlank()) {
			line(out, "DESCRIPTION:" + text(event.description()));
		}
		if (event.location() != null) {
			line(out, "LOCATION:" + text(event.location()));
		}
		line(out, "URL:" + event.url());
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String utc(Instant instant) {
		return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped. */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\r' -> {
					escaped.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n' -> escaped.append("\\n");
				default -> {
					// Other control characters are not allowed in TEXT.
					if (c >= 0x20 || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * A content line folded (RFC 5545, 3.1): at most 75 octets a line, CRLF, the next line
	 * begun by a space; a character's bytes are never split.
	 */
	static String fold(String line) {
		StringBuilder out = new StringBuilder(line.length() + 8);
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return out.append("\r\n").toString();
	}

	private static void line(StringBuilder out, String line) {
		out.append(fold(line));
	}

}
