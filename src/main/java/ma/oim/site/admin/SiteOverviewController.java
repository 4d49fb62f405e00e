package ma.oim.site.admin;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.pages.OrganisationPages;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.BackOffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The site's other content at a glance: pages as a tree, the axes, the partners. */
@Controller
@BackOffice
class SiteOverviewController {

	private final OrganisationPages pages;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	SiteOverviewController(OrganisationPages pages, AxisLinks axes, PartnerDirectory partners) {
		this.pages = pages;
		this.axes = axes;
		this.partners = partners;
	}

	@GetMapping("/admin/site")
	String overview(Language language, Model model) {
		model.addAttribute("tree", this.pages.everyPage());
		model.addAttribute("axes", this.axes.axes());
		model.addAttribute("partners", this.partners.all(language));
		return "admin/site/overview";
	}

}
