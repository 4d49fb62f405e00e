package ma.oim.site.news;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SiteProperties;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.StructuredData;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class NewsController {

	private final PublicNews news;

	private final AxisLinks axes;

	private final MessageSource messages;

	private final Clock clock;

	private final StructuredData structuredData;

	private final SiteProperties site;

	NewsController(PublicNews news, AxisLinks axes, MessageSource messages, Clock clock,
			StructuredData structuredData, SiteProperties site) {
		this.news = news;
		this.axes = axes;
		this.messages = messages;
		this.clock = clock;
		this.structuredData = structuredData;
		this.site = site;
	}

	/**
	 * Newest first, ten a page, filtered by axis (its slug in the page's language) and year.
	 * The year filter alone is the archive of that year: {@code /fr/actualites?year=2016}
	 * is its canonical address, in both languages.
	 */
	@GetMapping({ SitePaths.NEWS_FR, SitePaths.NEWS_EN })
	String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String axis,
			@RequestParam(required = false) Integer year, Language language, Model model) {
		Long selectedAxis = this.axes.filter(language, axis);
		if (year != null && !NewsFilter.isPlausibleYear(year, this.clock)) {
			throw new BadRequestException();
		}
		UriComponentsBuilder listPath = UriComponentsBuilder.fromPath(SitePaths.news(language));
		if (selectedAxis != null) {
			listPath.queryParam("axis", axis);
		}
		if (year != null) {
			listPath.queryParam("year", year);
		}
		List<YearCount> archive = this.news.archive(language);
		model.addAttribute("list",
				this.news.listPage(language, new NewsFilter(selectedAxis, year, null), page, listPath, archive));
		model.addAttribute("axes", this.axes.all(language));
		// The years this list has news in: the archive's.
		model.addAttribute("years", archive.stream().map(YearCount::year).toList());
		model.addAttribute("archive", archive);
		model.addAttribute("selectedAxis", (selectedAxis != null) ? axis : null);
		model.addAttribute("selectedYear", year);
		String title = message("news.title", language);
		Crumb home = new Crumb(message("nav.home", language), SitePaths.home(language));
		if (year != null && selectedAxis == null) {
			String yearTitle = this.messages.getMessage("news.archive.title", new Object[] { String.valueOf(year) },
					language.locale());
			model.addAttribute("meta",
					PageMeta.of(language, yearTitle, message("news.description", language),
							SitePaths.inEveryLanguage((other) -> SitePaths.newsArchive(other, year)))
						.withBreadcrumb(home, new Crumb(title, SitePaths.news(language)),
								Crumb.current(String.valueOf(year))));
		}
		else {
			model.addAttribute("meta",
					PageMeta.of(language, title, message("news.description", language),
							SitePaths.inEveryLanguage(SitePaths::news))
						.withBreadcrumb(home, Crumb.current(title)));
		}
		return "news/list";
	}

	/** An article; a slug it had before answers 301 to its current address. */
	@GetMapping({ SitePaths.NEWS_FR + "/{slug}", SitePaths.NEWS_EN + "/{slug}" })
	String article(@PathVariable String slug, Language language, Model model, HttpServletRequest request) {
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new NotFoundException();
		}
		Optional<ArticleView> found = this.news.article(language, slug);
		if (found.isEmpty()) {
			String current = this.news.currentSlugOfAlias(language, slug).orElseThrow(NotFoundException::new);
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + SitePaths.article(language, current);
		}
		ArticleView article = found.get();
		model.addAttribute("article", article);
		String description = PageMeta.excerpt(article.summary());
		PageMeta.Image image = (article.image() != null)
				? new PageMeta.Image(this.site.absolute(article.image().src()), article.image().alt()) : null;
		model.addAttribute("meta",
				PageMeta.of(language, article.title(), description, article.alternates())
					.withBreadcrumb(new Crumb(message("nav.home", language), SitePaths.home(language)),
							new Crumb(message("news.title", language), SitePaths.news(language)),
							Crumb.current(article.title()))
					.asArticle()
					.withImage(image)
					.withStructuredData(this.structuredData.newsArticle(language, SitePaths.article(language, slug),
							article.title(), article.summary(), article.isoDate(), article.isoModified(), image)));
		return "news/article";
	}

	private String message(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
