package ma.oim.site.media;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import ma.oim.site.content.BidiControls;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library's search: words of the file name, alternative texts, caption or credit
 * ({@code q}), and the month of upload ({@code month}, as {@code 2026-11}).
 */
public record LibraryQuery(String q, String month) {

	static final int MAX_WORDS = 200;

	public LibraryQuery {
		q = (q == null) ? "" : BidiControls.strip(q).strip();
		month = (month == null) ? "" : month.strip();
	}

	boolean isValid() {
		return this.q.length() <= MAX_WORDS && (this.month.isEmpty() || yearMonth() != null);
	}

	/** The words as the index holds them, lower case. */
	String words() {
		return this.q.toLowerCase(Locale.ROOT);
	}

	YearMonth yearMonth() {
		if (this.month.isEmpty()) {
			return null;
		}
		try {
			return YearMonth.parse(this.month);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	UriComponentsBuilder listPath() {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath("/admin/media");
		if (!this.q.isEmpty()) {
			path.queryParam("q", this.q);
		}
		if (!this.month.isEmpty()) {
			path.queryParam("month", this.month);
		}
		return path;
	}

}
