package ma.oim.site.admin;

import java.security.Principal;

import ma.oim.site.contact.ContactInbox;
import ma.oim.site.media.MediaLibrary;
import ma.oim.site.news.BackOfficeArticles;
import ma.oim.site.web.BackOffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editor's start page: their drafts, what is scheduled, what was published last, the unread contact messages, the photos of people without a valid consent. */
@Controller
@BackOffice
class DashboardController {

	private final BackOfficeArticles articles;

	private final ContactInbox contactInbox;

	private final MediaLibrary media;

	DashboardController(BackOfficeArticles articles, ContactInbox contactInbox, MediaLibrary media) {
		this.articles = articles;
		this.contactInbox = contactInbox;
		this.media = media;
	}

	@GetMapping("/admin")
	String dashboard(Principal principal, Model model) {
		model.addAttribute("dashboard", this.articles.dashboard(principal.getName()));
		model.addAttribute("unreadMessages", this.contactInbox.unreadCount());
		model.addAttribute("consentAlerts", this.media.consentAlerts(10));
		return "admin/dashboard";
	}

}
