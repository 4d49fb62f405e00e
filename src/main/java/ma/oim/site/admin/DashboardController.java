package ma.oim.site.admin;

import java.security.Principal;

import ma.oim.site.contact.ContactInbox;
import ma.oim.site.news.BackOfficeArticles;
import ma.oim.site.web.BackOffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editor's start page: their drafts, what is scheduled, what was published last, the unread contact messages. */
@Controller
@BackOffice
class DashboardController {

	private final BackOfficeArticles articles;

	private final ContactInbox contactInbox;

	DashboardController(BackOfficeArticles articles, ContactInbox contactInbox) {
		this.articles = articles;
		this.contactInbox = contactInbox;
	}

	@GetMapping("/admin")
	String dashboard(Principal principal, Model model) {
		model.addAttribute("dashboard", this.articles.dashboard(principal.getName()));
		model.addAttribute("unreadMessages", this.contactInbox.unreadCount());
		return "admin/dashboard";
	}

}
