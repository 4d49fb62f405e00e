package ma.oim.site.search;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.news.NewsFilter;
import ma.oim.site.news.NewsListQuery;
import ma.oim.site.news.PublicNews;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SitePaths;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The search page: {@code /fr/recherche?q=} and {@code /en/search?q=}, filterable by axis
 * and year like the news list. A query too long is answered 400 with the search page and
 * a message; an empty one, or one without a word, with the page and a hint.
 */
@Controller
class SearchController {

	private final SiteSearch search;

	private final AxisLinks axes;

	private final PublicNews news;

	private final Messages messages;

	SearchController(SiteSearch search, AxisLinks axes, PublicNews news, Messages messages) {
		this.search = search;
		this.axes = axes;
		this.news = news;
		this.messages = messages;
	}

	@GetMapping(SitePaths.SEARCH)
	String search(@RequestParam(required = false) String q, @ModelAttribute NewsListQuery filters, PageNumber page,
			Language language, Model model, HttpServletResponse response) {
		NewsFilter filter = this.news.filter(language, filters);
		Long selectedAxis = filter.axisId();
		Integer year = filter.year();
		String text = SiteSearch.clean(q);
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(SitePaths.search(language)).queryParam("q", text);
		if (selectedAxis != null) {
			link.queryParam("axis", filters.axis());
		}
		if (year != null) {
			link.queryParam("year", year);
		}
		SearchResults results = this.search.search(language, text, selectedAxis, year, page, link);
		if (results.outcome() == SearchResults.Outcome.TOO_LONG) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("results", results);
		model.addAttribute("field", shown(text));
		model.addAttribute("maxLength", SiteSearch.MAX_QUERY_LENGTH);
		model.addAttribute("axes", this.axes.all(language));
		model.addAttribute("years", this.news.archive(language));
		model.addAttribute("selectedAxis", (selectedAxis != null) ? filters.axis() : null);
		model.addAttribute("selectedYear", year);
		String title = this.messages.get("search.title", language);
		PageMeta meta = PageMeta
			.of(language, text.isEmpty() ? title : this.messages.get("search.titleFor", language, shown(text)),
					this.messages.get("search.description", language),
					SitePaths.inEveryLanguage((other) -> address(other, text)))
			.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
					Crumb.current(title));
		// The search form itself is a page worth finding. Its results, for any query or filter,
		// are generated pages: search engines are asked to index the form in their place, so
		// that no made-up query (a spammer's words in a link) gets a page of its own in their
		// index, while every page stays open to them.
		boolean resultsPage = !text.isEmpty() || selectedAxis != null || year != null;
		model.addAttribute("meta", resultsPage ? meta.indexedAs(SitePaths.search(language)) : meta);
		return "search/search";
	}

	/** The same search in another language; filters are left out, as axis slugs differ. */
	private static String address(Language language, String text) {
		return text.isEmpty() ? SitePaths.search(language)
				: SitePaths.search(language) + "?q=" + UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8);
	}

	/** The query as the field and the title show it again: cut to the length the field accepts. */
	private static String shown(String text) {
		return (text.codePointCount(0, text.length()) <= SiteSearch.MAX_QUERY_LENGTH) ? text
				: text.substring(0, text.offsetByCodePoints(0, SiteSearch.MAX_QUERY_LENGTH));
	}

}
