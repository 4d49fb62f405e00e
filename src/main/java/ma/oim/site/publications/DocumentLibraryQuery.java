package ma.oim.site.publications;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import ma.oim.site.content.BidiControls;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library's search of documents: words of the file's name or of its publication's
 * titles ({@code q}), and the month of upload ({@code month}, as {@code 2026-11}), as the
 * images' search takes them.
 */
public record DocumentLibraryQuery(String q, String month) {

	static final int MAX_WORDS = 200;

	public DocumentLibraryQuery {
		q = (q == null) ? "" : BidiControls.strip(q).strip();
		month = (month == null) ? "" : month.strip();
	}

	boolean isValid() {
		return this.q.length() <= MAX_WORDS && (this.month.isEmpty() || yearMonth() != null);
	}

	/** The words, lower case, as the indexes hold names and titles. */
	String[] words() {
		return this.q.isEmpty() ? new String[0] : this.q.toLowerCase(Locale.ROOT).split("\\s+");
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
		UriComponentsBuilder path = UriComponentsBuilder.fromPath(DocumentLibrary.PATH);
		if (!this.q.isEmpty()) {
			path.queryParam("q", this.q);
		}
		if (!this.month.isEmpty()) {
			path.queryParam("month", this.month);
		}
		return path;
	}

}
