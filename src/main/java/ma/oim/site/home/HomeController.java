package ma.oim.site.home;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.news.PublicNews;
import ma.oim.site.pages.OrganisationPages;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.Messages;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who the mission is, the latest news, the three axes, the partners. */
@Controller
class HomeController {

	static final int LATEST_NEWS = 4;

	private final PublicNews news;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	private final OrganisationPages pages;

	private final Messages messages;

	private final StructuredData structuredData;

	HomeController(PublicNews news, AxisLinks axes, PartnerDirectory partners, OrganisationPages pages,
			Messages messages, StructuredData structuredData) {
		this.news = news;
		this.axes = axes;
		this.partners = partners;
		this.pages = pages;
		this.messages = messages;
		this.structuredData = structuredData;
	}

	@GetMapping(SitePaths.HOME)
	String home(Language language, Model model) {
		model.addAttribute("intro", this.pages.intro(language).orElse(null));
		model.addAttribute("latest", this.news.latest(language, LATEST_NEWS));
		model.addAttribute("axes", this.axes.all(language));
		model.addAttribute("partners", this.partners.all(language));
		model.addAttribute("meta",
				PageMeta.of(language, this.messages.get("home.title", language),
						this.messages.get("site.description", language), SitePaths.inEveryLanguage(SitePaths::home))
					.withStructuredData(this.structuredData.organization(language)));
		return "home/home";
	}

}
