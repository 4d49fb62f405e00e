package ma.oim.site.search;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import ma.oim.site.content.BidiControls;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.search.SearchResults.Outcome;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;
import ma.oim.site.web.SitePaths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Searches the public site in one language: published articles (public at the clock's
 * time, as everywhere else) and organisation pages.
 */
@Service
public class SiteSearch {

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int PAGE_SIZE = 10;

	/** Control characters (NUL among them, which PostgreSQL refuses in text) become spaces. */
	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

	private final SearchRepository repository;

	private final Clock clock;

	private final boolean listUntranslated;

	SiteSearch(SearchRepository repository, Clock clock,
			@Value("${oim.news.list-untranslated:true}") boolean listUntranslated) {
		this.repository = repository;
		this.clock = clock;
		this.listUntranslated = listUntranslated;
	}

	/** The visitor's text as it will be searched and shown: no control characters, trimmed. */
	public static String clean(String text) {
		return (text != null) ? CONTROL.matcher(BidiControls.strip(text)).replaceAll(" ").strip() : "";
	}

	/**
	 * @param text the visitor's text, already {@linkplain #clean cleaned}
	 * @param axisId only articles of this axis, or null
	 * @param year only articles of this year, or null
	 * @param page past the last page is not found
	 * @param link the search's URL with its query and filters, to which page links add "page"
	 */
	@Transactional(readOnly = true)
	public SearchResults search(Language language, String text, Long axisId, Integer year, PageNumber page,
			UriComponentsBuilder link) {
		if (text.isEmpty()) {
			return SearchResults.without(Outcome.PROMPT, text);
		}
		if (text.codePointCount(0, text.length()) > MAX_QUERY_LENGTH) {
			return SearchResults.without(Outcome.TOO_LONG, text);
		}
		if (!WORD_CHARACTER.matcher(text).find()) {
			return SearchResults.without(Outcome.NO_WORDS, text);
		}
		List<SearchRepository.Row> rows = this.repository.search(text, language, this.listUntranslated, axisId, year,
				this.clock.instant(), PAGE_SIZE, page.offset(PAGE_SIZE));
		if (rows.isEmpty() && !page.isFirst()) {
			throw new NotFoundException();
		}
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		boolean more = !rows.isEmpty() && rows.get(0).articles() >= SearchRepository.CANDIDATES;
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new SearchResults(Outcome.SEARCHED, text, rows.stream().map((row) -> hit(row, language)).toList(),
				total, more, Pagination.of(page.value(), pages, link));
	}

	private static SearchHit hit(SearchRepository.Row row, Language language) {
		boolean article = "ARTICLE".equals(row.kind());
		String path = switch (row.kind()) {
			case "ARTICLE" -> SitePaths.article(row.language(), row.location());
			case "PUBLICATION" -> SitePaths.publication(row.language(), row.location());
			default -> SitePaths.page(row.language(), row.location());
		};
		return new SearchHit(row.label(), path, Highlight.toHtml(row.title()), Highlight.toHtml(row.snippet()),
				row.language(), article ? SiteZone.isoDateTime(row.publishedAt()) : null,
				article ? SiteZone.longDate(row.publishedAt(), language) : null);
	}

}
