package ma.oim.site.admin;

import java.util.List;

import ma.oim.site.contact.ContactInbox;
import ma.oim.site.media.MediaLibrary;
import ma.oim.site.news.BackOfficeArticles;
import ma.oim.site.publications.BackOfficePublications;
import ma.oim.site.review.ReviewPolicy;
import ma.oim.site.review.ReviewQueue;
import ma.oim.site.web.BackOffice;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The editor's start page: what waits for them in review (editors: the queue; contributors:
 * what was sent back to them, and what they submitted), their drafts, what is scheduled,
 * what was published last, the articles and publications withdrawn in the next days, the
 * unread contact messages, the photos of people without a valid consent.
 */
@Controller
@BackOffice
class DashboardController {

	private final BackOfficeArticles articles;

	private final ContactInbox contactInbox;

	private final ReviewQueue review;

	private final ReviewPolicy policy;

	private final MediaLibrary media;

	private final BackOfficePublications publications;

	DashboardController(BackOfficeArticles articles, ContactInbox contactInbox, ReviewQueue review,
			ReviewPolicy policy, MediaLibrary media, BackOfficePublications publications) {
		this.articles = articles;
		this.publications = publications;
		this.contactInbox = contactInbox;
		this.review = review;
		this.policy = policy;
		this.media = media;
	}

	@GetMapping("/admin")
	String dashboard(Authentication principal, Model model) {
		boolean reviews = this.policy.reviews(principal);
		model.addAttribute("dashboard", this.articles.dashboard(principal.getName()));
		model.addAttribute("reviews", reviews);
		model.addAttribute("toReview", reviews ? this.review.waitingFor(principal.getName()) : List.of());
		model.addAttribute("toReviewCount", reviews ? this.review.waitingCount() : 0L);
		model.addAttribute("sentBack", this.review.sentBackTo(principal.getName()));
		model.addAttribute("submitted", this.review.submittedBy(principal.getName()));
		model.addAttribute("unreadMessages", reviews ? this.contactInbox.unreadCount() : 0L);
		model.addAttribute("expiringPublications", reviews ? this.publications.expiringSoon() : List.of());
		model.addAttribute("consentAlerts", reviews ? this.media.consentAlerts(10) : List.of());
		return "admin/dashboard";
	}

}
