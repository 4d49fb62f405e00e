package ma.oim.site.media;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import ma.oim.site.content.BidiControls;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library's search: words ({@code q}: of an image's file name, alternative texts,
 * caption or credit; of a document's file name or publication's titles), and the month of
 * upload ({@code month}, as {@code 2026-11}). Images and documents take the same query.
 */
public record LibraryQuery(String q, String month) {

	static final int MAX_WORDS = 200;

	public LibraryQuery {
		q = (q == null) ? "" : BidiControls.strip(q).strip();
		month = (month == null) ? "" : month.strip();
	}

	public boolean isValid() {
		return this.q.length() <= MAX_WORDS && (this.month.isEmpty() || yearMonth() != null);
	}

	/** The words as the index holds them, lower case. */
	public String words() {
		return this.q.toLowerCase(Locale.ROOT);
	}

	/** Each word apart, lower case. */
	public String[] wordList() {
		return this.q.isEmpty() ? new String[0] : words().split("\\s+");
	}

	public YearMonth yearMonth() {
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

	/** The list at {@code base} for this query, to add the page number to. */
	public UriComponentsBuilder listPath(String base) {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath(base);
		if (!this.q.isEmpty()) {
			path.queryParam("q", this.q);
		}
		if (!this.month.isEmpty()) {
			path.queryParam("month", this.month);
		}
		return path;
	}

}
