package ma.oim.site.news;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.web.ContentSecurityPolicy;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SiteProperties;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.StructuredData;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class NewsController {

	private final PublicNews news;

	private final AxisLinks axes;

	private final Messages messages;

	private final StructuredData structuredData;

	private final SiteProperties site;

	private final ArticleBodies bodies;

	NewsController(PublicNews news, AxisLinks axes, Messages messages, StructuredData structuredData,
			SiteProperties site, ArticleBodies bodies) {
		this.bodies = bodies;
		this.news = news;
		this.axes = axes;
		this.messages = messages;
		this.structuredData = structuredData;
		this.site = site;
	}

	/**
	 * Newest first, ten a page, filtered by axis (its slug in the page's language) and year.
	 * The year filter alone is the archive of that year: {@code /fr/actualites?year=2016}
	 * is its canonical address, in both languages.
	 */
	@GetMapping(SitePaths.NEWS)
	String list(@ModelAttribute NewsListQuery query, PageNumber page, Language language, Model model) {
		NewsFilter filter = this.news.filter(language, query);
		Integer year = filter.year();
		UriComponentsBuilder listPath = UriComponentsBuilder.fromPath(SitePaths.news(language));
		if (filter.axisId() != null) {
			listPath.queryParam("axis", query.axis());
		}
		if (year != null) {
			listPath.queryParam("year", year);
		}
		List<YearCount> archive = this.news.archive(language);
		model.addAttribute("list", this.news.listPage(language, filter, page, listPath, archive));
		model.addAttribute("axes", this.axes.all(language));
		// The years this list has news in: the archive's.
		model.addAttribute("years", archive.stream().map(YearCount::year).toList());
		model.addAttribute("archive", archive);
		model.addAttribute("selectedAxis", (filter.axisId() != null) ? query.axis() : null);
		model.addAttribute("selectedYear", year);
		String title = this.messages.get("news.title", language);
		Crumb home = new Crumb(this.messages.get("nav.home", language), SitePaths.home(language));
		String description = this.messages.get("news.description", language);
		if (year != null && filter.axisId() == null) {
			model.addAttribute("meta",
					PageMeta.of(language, this.messages.get("news.archive.title", language, String.valueOf(year)),
							description, SitePaths.inEveryLanguage((other) -> SitePaths.newsArchive(other, year)))
						.withBreadcrumb(home, new Crumb(title, SitePaths.news(language)),
								Crumb.current(String.valueOf(year))));
		}
		else {
			model.addAttribute("meta",
					PageMeta.of(language, title, description, SitePaths.inEveryLanguage(SitePaths::news))
						.withBreadcrumb(home, Crumb.current(title)));
		}
		return "news/list";
	}

	/** An article; a slug it had before answers 301 to its current address. */
	@GetMapping(SitePaths.ARTICLE)
	String article(@PathVariable String slug, Language language, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new NotFoundException();
		}
		Optional<ArticleView> found = this.news.article(language, slug);
		if (found.isEmpty()) {
			String current = this.news.currentSlugOfAlias(language, slug).orElseThrow(NotFoundException::new);
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + SitePaths.article(language, current);
		}
		ArticleView article = this.bodies.shown(found.get(), language);
		if (!article.frameSources().isEmpty()) {
			response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withFrames(article.frameSources()));
		}
		model.addAttribute("article", article);
		PageMeta.Image image = (article.image() != null)
				? new PageMeta.Image(this.site.absolute(article.image().src()), article.image().alt()) : null;
		ArticleView.EventView event = article.event();
		CallDeadline call = article.call();
		// An event is listed with the events, and described as an Event; a call with the calls,
		// a job or a consultancy described as a JobPosting.
		Crumb list = (event != null) ? new Crumb(this.messages.get("events.title", language), SitePaths.events(language))
				: (call != null) ? new Crumb(this.messages.get("calls.title", language), SitePaths.calls(language))
				: article.isStory() ? new Crumb(this.messages.get("stories.title", language), SitePaths.stories(language))
				: (article.pressContact() != null)
						? new Crumb(this.messages.get("press.title", language), SitePaths.pressReleases(language))
				: new Crumb(this.messages.get("news.title", language), SitePaths.news(language));
		model.addAttribute("meta",
				PageMeta.of(language, article.title(), PageMeta.excerpt(article.summary()), article.alternates())
					.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)), list,
							Crumb.current(article.title()))
					.asArticle()
					.withImage(image)
					.withStructuredData((call != null && call.type().isJobPosting())
							? this.structuredData.jobPosting(language, SitePaths.article(language, slug), article.title(),
									article.summary(), article.isoDate(), call.isoDeadline(),
									call.type() == CallType.CONSULTANCY, call.reference())
							: (event != null)
							? this.structuredData.event(language, SitePaths.article(language, slug), article.title(),
									article.summary(), event.time().isoStart(), event.time().isoEnd(), event.place(),
									event.onlineUrl(), image)
							: article.isStory()
							? this.structuredData.article(language, SitePaths.article(language, slug),
									article.title(), article.summary(), article.isoDate(), article.isoModified(),
									image)
							: this.structuredData.newsArticle(language, SitePaths.article(language, slug),
									article.title(), article.summary(), article.isoDate(), article.isoModified(),
									image)));
		return "news/article";
	}

}
