package ma.oim.site.search;

import java.util.List;

import ma.oim.site.web.Pagination;

/**
 * What the search page shows.
 *
 * @param outcome whether there was anything to search for, and whether it was searched
 * @param query the searched text, as the visitor typed it (cleaned of control characters)
 * @param more whether more articles match than were ranked ({@code total} is then a lower bound)
 */
public record SearchResults(Outcome outcome, String query, List<SearchHit> hits, long total, boolean more,
		Pagination pagination) {

	public enum Outcome {

		/** No query yet: the page invites the visitor to type one. */
		PROMPT,

		/** Over {@value SiteSearch#MAX_QUERY_LENGTH} characters: not searched. */
		TOO_LONG,

		/** Only punctuation or operators: nothing to search for. */
		NO_WORDS,

		/** Searched; there may be no results. */
		SEARCHED

	}

	static SearchResults without(Outcome outcome, String query) {
		return new SearchResults(outcome, query, List.of(), 0, false, null);
	}

	/** The number of the page's first result, for the list's {@code start}. */
	public int firstNumber() {
		return (this.pagination != null) ? (this.pagination.current() - 1) * SiteSearch.PAGE_SIZE + 1 : 1;
	}

	public boolean isSearched() {
		return this.outcome == Outcome.SEARCHED;
	}

	/**
	 * The query as the page quotes it in a sentence: between a first-strong isolate and
	 * its pop (U+2068, U+2069), so an Arabic query in a French sentence, or the reverse,
	 * cannot reorder the words around it. The visitor's own controls were taken out
	 * ({@link SiteSearch#clean}).
	 */
	public String isolatedQuery() {
		return "\u2068" + query() + "\u2069";
	}

}
