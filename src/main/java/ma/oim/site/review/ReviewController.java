package ma.oim.site.review;

import java.time.Clock;
import java.time.Instant;

import jakarta.validation.Valid;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.news.Article;
import ma.oim.site.news.ArticleEditing;
import ma.oim.site.news.ArticleProposal;
import ma.oim.site.news.BackOfficeArticles;
import ma.oim.site.news.ReviewReading;
import ma.oim.site.review.ReviewForms.ApprovalForm;
import ma.oim.site.review.ReviewForms.CommentForm;
import ma.oim.site.review.ReviewForms.SendBackForm;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review screens: the queue (editors), an article's review page (its editors, and its
 * writer, who reads the comments and the reason it came back), and the setting
 * "editors publish without review" (administrators). Only an editor other than the writer
 * sends back or approves; refusals are 403 and an audit line.
 */
@Controller
@BackOffice
class ReviewController {

	private static final String PAGE = "admin/review/article";

	private final ReviewQueue queue;

	private final ReviewEditing editing;

	private final ReviewPolicy policy;

	private final BackOfficeArticles articles;

	private final ArticleEditing articleEditing;

	private final Clock clock;

	ReviewController(ReviewQueue queue, ReviewEditing editing, ReviewPolicy policy, BackOfficeArticles articles,
			ArticleEditing articleEditing, Clock clock) {
		this.articleEditing = articleEditing;
		this.clock = clock;
		this.queue = queue;
		this.editing = editing;
		this.policy = policy;
		this.articles = articles;
	}

	@GetMapping("/admin/review")
	String queue(PageNumber page, Model model) {
		Page<QueuedArticle> waiting = this.queue.waiting(page);
		page.requireWithin(waiting.getTotalPages());
		model.addAttribute("items", waiting.getContent());
		model.addAttribute("total", waiting.getTotalElements());
		model.addAttribute("pagination", Pagination.of(page.value(), Math.max(1, waiting.getTotalPages()),
				UriComponentsBuilder.fromPath("/admin/review")));
		return "admin/review/queue";
	}

	@GetMapping("/admin/articles/{id}/review")
	String review(@PathVariable long id, Authentication principal, Language language, Model model) {
		return page(readable(id, principal), principal, new CommentForm(), new SendBackForm(), null, language, model);
	}

	@PostMapping("/admin/articles/{id}/review/comment")
	String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult result, Authentication principal, Language language, Model model,
			RedirectAttributes redirect) {
		Article article = readable(id, principal);
		if (result.hasErrors()) {
			return page(article, principal, form, new SendBackForm(), null, language, model);
		}
		this.editing.comment(id, form.getComment(), principal.getName());
		redirect.addFlashAttribute("notice", "review.notice.commented");
		return "redirect:/admin/articles/" + id + "/review";
	}

	@PostMapping("/admin/articles/{id}/review/send-back")
	String sendBack(@PathVariable long id, @Valid @ModelAttribute("sendBackForm") SendBackForm form,
			BindingResult result, Authentication principal, Language language, Model model,
			RedirectAttributes redirect) {
		Article article = decidable(id, principal);
		if (!waiting(id)) {
			return notWaiting(id, redirect);
		}
		if (result.hasErrors()) {
			return page(article, principal, new CommentForm(), form, null, language, model);
		}
		if (!this.editing.sendBack(id, form.getReason(), principal.getName(), article.frenchTitle())) {
			return notWaiting(id, redirect);
		}
		redirect.addFlashAttribute("notice", "review.notice.sentBack");
		return "redirect:/admin/review";
	}

	@PostMapping("/admin/articles/{id}/review/approve")
	String approve(@PathVariable long id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult result, Authentication principal, Language language, Model model,
			RedirectAttributes redirect) {
		Article article = decidable(id, principal);
		if (!waiting(id)) {
			return notWaiting(id, redirect);
		}
		if (result.hasErrors()) {
			return page(article, principal, new CommentForm(), new SendBackForm(), form, language, model);
		}
		Instant at = (form.getPublishedAt() != null) ? form.getPublishedAt().atZone(SiteZone.ZONE).toInstant() : null;
		if (article.getExpiresAt() != null
				&& !article.getExpiresAt().isAfter((at != null) ? at : this.clock.instant())) {
			// It would expire before it is published: the writer's expiry time comes first.
			result.rejectValue("publishedAt", "expiry.beforePublication");
			return page(article, principal, new CommentForm(), new SendBackForm(), form, language, model);
		}
		Errors problems = this.articleEditing.checkProposal(id);
		if (problems.hasErrors()) {
			// The change proposed can no longer be saved as it is: its writer corrects it first.
			model.addAttribute("proposalProblems", problems);
			return page(article, principal, new CommentForm(), new SendBackForm(), form, language, model);
		}
		Article published;
		try {
			published = this.editing.approve(id, form.getVersion(), form.getProposal(), at, principal.getName());
		}
		catch (ArticleEditing.ConflictException | ObjectOptimisticLockingFailureException ex) {
			Article current = article(id);
			model.addAttribute("conflict", current);
			return page(current, principal, new CommentForm(), new SendBackForm(), null, language, model);
		}
		redirect.addFlashAttribute("notice", published.getPublishedAt().isAfter(this.clock.instant())
				? "review.notice.scheduled" : "review.notice.approved");
		return "redirect:/admin/review";
	}

	@GetMapping("/admin/review/setting")
	String setting(Model model) {
		model.addAttribute("editorsPublishWithoutReview", this.policy.editorsPublishWithoutReview());
		return "admin/review/setting";
	}

	@PostMapping("/admin/review/setting")
	String changeSetting(@RequestParam(defaultValue = "false") boolean editorsPublishWithoutReview,
			Authentication principal, RedirectAttributes redirect) {
		this.policy.setEditorsPublishWithoutReview(editorsPublishWithoutReview, principal.getName());
		redirect.addFlashAttribute("notice", "review.setting.saved");
		return "redirect:/admin/review/setting";
	}

	private String page(Article article, Authentication principal, CommentForm comment, SendBackForm sendBack,
			ApprovalForm approval, Language language, Model model) {
		ReviewStatus status = this.queue.status(article.getId()).orElse(null);
		boolean decides = mayDecide(status, principal);
		ApprovalForm approvalForm = (approval != null) ? approval : new ApprovalForm();
		approvalForm.setVersion(article.getVersion());
		ReviewReading reading = this.articles.reviewReading(article, language);
		ArticleProposal proposal = reading.proposal();
		approvalForm.setProposal((proposal != null) ? proposal.version() : null);
		if (approval == null && article.getPublishedAt() != null) {
			approvalForm.setPublishedAt(article.getPublishedAt().atZone(SiteZone.ZONE).toLocalDateTime().withSecond(0).withNano(0));
		}
		model.addAttribute("article", article);
		model.addAttribute("status", status);
		model.addAttribute("notes", this.queue.notes(article.getId()));
		model.addAttribute("proposal", proposal);
		model.addAttribute("changes", reading.changes());
		model.addAttribute("details", reading.details());
		model.addAttribute("decides", decides);
		model.addAttribute("commentForm", comment);
		model.addAttribute("sendBackForm", sendBack);
		model.addAttribute("approvalForm", approvalForm);
		return PAGE;
	}

	/** Editors read every review; a contributor, those of their own articles. */
	private Article readable(long id, Authentication principal) {
		Article article = article(id);
		if (!this.policy.reviews(principal) && !principal.getName().equals(article.getAuthorEmail())) {
			throw new AccessDeniedException("another writer's review");
		}
		return article;
	}

	/** Only an editor decides, and never on their own submission. */
	private Article decidable(long id, Authentication principal) {
		Article article = readable(id, principal);
		if (!this.policy.reviews(principal)) {
			throw new AccessDeniedException("deciding a review needs an editor");
		}
		ReviewStatus status = this.queue.status(id).orElse(null);
		if (status != null && status.submittedBy().equals(principal.getName())) {
			throw new AccessDeniedException("reviewing one's own submission");
		}
		return article;
	}

	private boolean waiting(long id) {
		return this.queue.status(id).map(ReviewStatus::isSubmitted).orElse(false);
	}

	/** Someone decided first, or it was never submitted: nothing to decide now. */
	private static String notWaiting(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", "review.problem.notWaiting");
		return "redirect:/admin/articles/" + id + "/review";
	}

	private boolean mayDecide(ReviewStatus status, Authentication principal) {
		return status != null && status.isSubmitted() && this.policy.reviews(principal)
				&& !status.submittedBy().equals(principal.getName());
	}

	private Article article(long id) {
		return this.articles.byId(id).orElseThrow(NotFoundException::new);
	}

}
