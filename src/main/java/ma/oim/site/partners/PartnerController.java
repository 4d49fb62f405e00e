package ma.oim.site.partners;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SitePaths;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PartnerController {

	private final PartnerService partners;

	private final MessageSource messages;

	PartnerController(PartnerService partners, MessageSource messages) {
		this.partners = partners;
		this.messages = messages;
	}

	@GetMapping({ SitePaths.PARTNERS_FR, SitePaths.PARTNERS_EN })
	String partners(Language language, Model model) {
		model.addAttribute("partners", this.partners.partnersWithNews(language));
		String title = this.messages.getMessage("partners.title", null, language.locale());
		model.addAttribute("meta", PageMeta
			.of(language, title, this.messages.getMessage("partners.description", null, language.locale()),
					SitePaths.inEveryLanguage(SitePaths::partners))
			.withBreadcrumb(new Crumb(this.messages.getMessage("nav.home", null, language.locale()),
					SitePaths.home(language)), Crumb.current(title)));
		return "partners/list";
	}

}
