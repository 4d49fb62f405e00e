package ma.oim.site.topics;

import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.news.PublicNews;
import ma.oim.site.publications.PublicPublications;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The partners page: every partner, each with the latest news and publications that name it. */
@Controller
class PartnersPageController {

	private final PartnerDirectory partners;

	/** Publications listed under each partner, the newest. */
	static final int PUBLICATIONS = 5;

	private final PublicNews news;

	private final PublicPublications publications;

	private final Messages messages;

	PartnersPageController(PartnerDirectory partners, PublicNews news, PublicPublications publications,
			Messages messages) {
		this.partners = partners;
		this.news = news;
		this.publications = publications;
		this.messages = messages;
	}

	@GetMapping(SitePaths.PARTNERS)
	String partners(Language language, Model model) {
		Map<Long, PublicNews.PartnerNews> newsByPartner = this.news.byPartner(language);
		model.addAttribute("partners", this.partners.all(language).stream().map((partner) -> {
			PublicNews.PartnerNews news = newsByPartner.getOrDefault(partner.id(), PublicNews.PartnerNews.NONE);
			return new PartnerWithNews(partner, news.latest(), news.total());
		}).toList());
		model.addAttribute("publicationsByPartner", this.publications.byPartner(language, PUBLICATIONS));
		String title = this.messages.get("partners.title", language);
		model.addAttribute("meta", PageMeta
			.of(language, title, this.messages.get("partners.description", language),
					SitePaths.inEveryLanguage(SitePaths::partners))
			.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
					Crumb.current(title)));
		return "partners/list";
	}

}
