package ma.oim.site.admin;

import java.security.Principal;

import ma.oim.site.news.BackOfficeArticles;
import ma.oim.site.web.BackOffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editor's start page: their drafts, what is scheduled, what was published last. */
@Controller
@BackOffice
class DashboardController {

	private final BackOfficeArticles articles;

	DashboardController(BackOfficeArticles articles) {
		this.articles = articles;
	}

	@GetMapping("/admin")
	String dashboard(Principal principal, Model model) {
		model.addAttribute("dashboard", this.articles.dashboard(principal.getName()));
		return "admin/dashboard";
	}

}
