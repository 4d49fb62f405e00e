package ma.oim.site.topics;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.news.NewsFilter;
import ma.oim.site.news.PublicNews;
import ma.oim.site.publications.PublicPublications;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** A thematic axis with its news: the news list of that axis, under the axis's description, and its latest publications. */
@Controller
class AxisPageController {

	private final AxisLinks axes;

	/** Publications listed under an axis's news: the newest; the publications list filtered by the axis has them all. */
	static final int PUBLICATIONS = 5;

	private final PublicNews news;

	private final PublicPublications publications;

	private final Messages messages;

	AxisPageController(AxisLinks axes, PublicNews news, PublicPublications publications, Messages messages) {
		this.axes = axes;
		this.news = news;
		this.publications = publications;
		this.messages = messages;
	}

	@GetMapping(SitePaths.AXIS)
	String axis(@PathVariable String slug, PageNumber page, Language language, Model model) {
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new NotFoundException();
		}
		AxisLinks.Axis axis = this.axes.bySlug(language, slug).orElseThrow(NotFoundException::new);
		AxisLink link = axis.in(language);
		model.addAttribute("axis", link);
		model.addAttribute("list", this.news.listPage(language, new NewsFilter(axis.id(), null, null), page,
				UriComponentsBuilder.fromPath(link.path())));
		model.addAttribute("publications", this.publications.ofAxis(language, axis.id(), PUBLICATIONS));
		model.addAttribute("allPublications", UriComponentsBuilder.fromPath(SitePaths.publications(language))
			.queryParam("axis", link.slug())
			.encode()
			.build()
			.toUriString());
		model.addAttribute("meta", PageMeta
			.of(language, link.name(), link.description(), SitePaths.inEveryLanguage((other) -> axis.in(other).path()))
			.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
					Crumb.current(link.name()))
			.withFeed(this.messages.get("feed.axis.title", language, link.name()), SitePaths.axisFeed(language, slug)));
		return "axes/axis";
	}

}
