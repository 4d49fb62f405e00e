package ma.oim.site.axes;

import ma.oim.site.i18n.Language;
import ma.oim.site.news.NewsFilter;
import ma.oim.site.news.PublicNews;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SitePaths;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A thematic axis with its news. */
@Controller
class AxisController {

	private final AxisLinks axes;

	private final PublicNews news;

	private final MessageSource messages;

	AxisController(AxisLinks axes, PublicNews news, MessageSource messages) {
		this.axes = axes;
		this.news = news;
		this.messages = messages;
	}

	@GetMapping({ SitePaths.AXES_FR + "/{slug}", SitePaths.AXES_EN + "/{slug}" })
	String axis(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Language language,
			Model model) {
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new NotFoundException();
		}
		AxisLinks.Axis axis = this.axes.bySlug(language, slug).orElseThrow(NotFoundException::new);
		AxisLink link = axis.in(language);
		model.addAttribute("axis", link);
		model.addAttribute("list", this.news.listPage(language, new NewsFilter(axis.id(), null, null), page,
				UriComponentsBuilder.fromPath(link.path())));
		model.addAttribute("meta", PageMeta
			.of(language, link.name(), link.description(),
					SitePaths.inEveryLanguage((other) -> axis.in(other).path()))
			.withBreadcrumb(new Crumb(message("nav.home", language), SitePaths.home(language)),
					Crumb.current(link.name()))
			.withFeed(this.messages.getMessage("feed.axis.title", new Object[] { link.name() }, language.locale()),
					SitePaths.axisFeed(language, slug)));
		return "axes/axis";
	}

	private String message(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
