package ma.oim.site.admin;

import ma.oim.site.axes.AxisService;
import ma.oim.site.pages.PageService;
import ma.oim.site.partners.PartnerService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The site's other content at a glance: pages as a tree, the axes, the partners. */
@Controller
@BackOffice
class SiteOverviewController {

	private final PageService pages;

	private final AxisService axes;

	private final PartnerService partners;

	SiteOverviewController(PageService pages, AxisService axes, PartnerService partners) {
		this.pages = pages;
		this.axes = axes;
		this.partners = partners;
	}

	@GetMapping("/admin/site")
	String overview(Model model) {
		model.addAttribute("tree", this.pages.tree());
		model.addAttribute("axes", this.axes.all());
		model.addAttribute("partners", this.partners.all());
		return "admin/site/overview";
	}

}
