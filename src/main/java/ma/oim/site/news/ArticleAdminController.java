package ma.oim.site.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.ImageUploads;
import ma.oim.site.media.MediaService;
import ma.oim.site.media.MediaView;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.BadRequestException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' article screens: list, editor, revisions, withdraw and delete. Who may do
 * what is asked of {@link PublishingRights}: a contributor works on their own articles and
 * submits them; publishing, scheduling, a translation's own publication, withdrawing, and
 * changing a public article directly are for those who publish directly; anyone else's
 * save of a public article is a change proposed beside it, for review. A refusal is a 403
 * and an audit line ({@code security.AccessRefused}), whatever the route it was forged on.
 */
@Controller
@BackOffice
class ArticleAdminController {

	private static final String EDITOR = "admin/articles/editor";

	/** A translation's own states in the editor; none is "follows the article". */
	private static final List<ArticleStatus> TRANSLATION_STATES = List.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED,
			ArticleStatus.WITHDRAWN);

	private final ArticleEditing editing;

	private final BackOfficeArticles articles;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	private final ImageUploads images;

	private final MediaService media;

	private final Clock clock;

	private final PublishingRights rights;

	ArticleAdminController(ArticleEditing editing, BackOfficeArticles articles, AxisLinks axes,
			PartnerDirectory partners, ImageUploads images, MediaService media, Clock clock, PublishingRights rights) {
		this.rights = rights;
		this.editing = editing;
		this.articles = articles;
		this.axes = axes;
		this.partners = partners;
		this.images = images;
		this.media = media;
		this.clock = clock;
	}

	@GetMapping("/admin/articles")
	String list(@ModelAttribute ArticleAdminQuery query, PageNumber page, Authentication principal, Model model) {
		if (!query.isValid()) {
			throw new BadRequestException();
		}
		Page<ArticleSummary> found = this.articles.search(query, page,
				this.rights.writesOthersArticles(principal) ? null : principal.getName());
		page.requireWithin(found.getTotalPages());
		model.addAttribute("articles", found.getContent());
		model.addAttribute("pagination",
				Pagination.of(page.value(), Math.max(1, found.getTotalPages()), query.listPath()));
		model.addAttribute("state", query.state());
		model.addAttribute("language", query.language());
		model.addAttribute("title", query.title());
		return "admin/articles/list";
	}

	@GetMapping("/admin/articles/new")
	String newArticle(Language language, Authentication principal, Model model) {
		return editor(new ArticleForm(), null, language, principal, model);
	}

	@PostMapping("/admin/articles/new")
	String create(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) MultipartFile imageFile,
			Authentication principal, Language language, Model model, RedirectAttributes redirect) {
		return save(null, form, result, action, imageFile, principal, language, model, redirect);
	}

	@GetMapping("/admin/articles/{id}")
	String edit(@PathVariable long id, Language language, Authentication principal, Model model) {
		Article article = writable(id, principal);
		// Someone who changes the public article directly edits it as it is online; anyone else
		// goes on with the change proposed.
		boolean proposalFirst = article.getStatus() != ArticleStatus.PUBLISHED || !this.rights.publishesDirectly(principal);
		return editor(this.editing.formOf(article, proposalFirst), article, language, principal, model);
	}

	@PostMapping("/admin/articles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) MultipartFile imageFile,
			Authentication principal, Language language, Model model, RedirectAttributes redirect) {
		return save(writable(id, principal), form, result, action, imageFile, principal, language, model, redirect);
	}

	/** The change proposed to a public article is dropped: by its writer, or by an editor. */
	@PostMapping("/admin/articles/{id}/proposal/discard")
	String discardProposal(@PathVariable long id, Authentication principal, RedirectAttributes redirect) {
		writable(id, principal);
		boolean discarded = this.editing.discardProposal(id, principal.getName());
		redirect.addFlashAttribute("notice", discarded ? "proposal.notice.discarded" : "proposal.notice.none");
		return "redirect:/admin/articles/" + id;
	}

	@PostMapping("/admin/articles/{id}/withdraw")
	String withdraw(@PathVariable long id, Authentication principal, RedirectAttributes redirect) {
		if (!this.rights.writesOthersArticles(principal)) {
			throw new AccessDeniedException("withdrawing is an editor's decision");
		}
		this.editing.withdraw(article(id), principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.withdrawn");
		return "redirect:/admin/articles/" + id;
	}

	/** The editor checked the translation against the French as it is now: no longer out of date. */
	@PostMapping("/admin/articles/{id}/translations/{code}/confirm")
	String confirmTranslation(@PathVariable long id, @PathVariable String code, Authentication principal,
			RedirectAttributes redirect) {
		Article article = writable(id, principal);
		Language translation = Language.fromCode(code)
			.filter((language) -> !language.isRecord() && article.text(language).isPresent())
			.orElseThrow(NotFoundException::new);
		this.editing.confirmTranslation(id, translation, principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.confirmed");
		return "redirect:/admin/articles/" + id;
	}

	@GetMapping("/admin/articles/{id}/delete")
	String confirmDelete(@PathVariable long id, Authentication principal, Model model) {
		model.addAttribute("article", writable(id, principal));
		return "admin/articles/delete";
	}

	@PostMapping("/admin/articles/{id}/delete")
	String delete(@PathVariable long id, Authentication principal, RedirectAttributes redirect) {
		Article article = writable(id, principal);
		if (article.getStatus() == ArticleStatus.PUBLISHED && !this.rights.publishesDirectly(principal)) {
			throw new AccessDeniedException("a public or scheduled article is deleted only by an editor");
		}
		this.editing.delete(article, principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.deleted");
		return "redirect:/admin/articles";
	}

	@GetMapping("/admin/articles/{id}/revisions")
	String revisions(@PathVariable long id, Authentication principal, Model model) {
		model.addAttribute("article", writable(id, principal));
		model.addAttribute("revisions", this.articles.revisions(id));
		return "admin/articles/revisions";
	}

	@GetMapping("/admin/articles/{id}/revisions/{revisionId}")
	String revision(@PathVariable long id, @PathVariable long revisionId, Authentication principal, Model model) {
		model.addAttribute("article", writable(id, principal));
		model.addAttribute("revision", this.articles.revision(id, revisionId).orElseThrow(NotFoundException::new));
		return "admin/articles/revision";
	}

	@PostMapping("/admin/articles/{id}/revisions/{revisionId}/restore")
	String restore(@PathVariable long id, @PathVariable long revisionId, Authentication principal,
			RedirectAttributes redirect) {
		Article article = writable(id, principal);
		if (article.getStatus() == ArticleStatus.PUBLISHED && !this.rights.publishesDirectly(principal)) {
			throw new AccessDeniedException("a public or scheduled article changes only with an editor");
		}
		ArticleRevision revision = this.articles.revision(id, revisionId).orElseThrow(NotFoundException::new);
		this.editing.restore(article, revision, principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.restored");
		return "redirect:/admin/articles/" + id;
	}

	/** Saves the form into {@code article} (a new one when null): directly, or as a change proposed to it. */
	private String save(Article article, ArticleForm form, BindingResult result, String actionName,
			MultipartFile imageFile, Authentication principal, Language language, Model model,
			RedirectAttributes redirect) {
		Long id = (article != null) ? article.getId() : null;
		ArticleEditing.Action action = action(actionName);
		boolean publishes = this.rights.publishesDirectly(principal);
		refuseForgedPublication(article, form, action, publishes);
		boolean proposal = article != null && proposes(article, publishes);
		if (action == ArticleEditing.Action.SUBMIT && article != null && !proposal
				&& article.getStatus() == ArticleStatus.PUBLISHED) {
			// Someone who changes a public article directly has nothing to submit.
			throw new BadRequestException();
		}
		this.editing.validate(id, form, result);
		this.editing.validateExpiry(id, form, action, result);
		this.images.store(imageFile, form.getImage(), "image", "featuredImageId", principal.getName(), result)
			.ifPresent(form::setFeaturedImageId);
		this.editing.validateImages(id, form, action, result);
		if (result.hasErrors()) {
			return editor(form, article, language, principal, model);
		}
		if (proposal) {
			this.editing.propose(id, form, action == ArticleEditing.Action.SUBMIT, principal.getName());
			redirect.addFlashAttribute("notice", (action == ArticleEditing.Action.SUBMIT) ? "proposal.notice.submitted"
					: "proposal.notice.saved");
			return "redirect:/admin/articles/" + id;
		}
		Article saved;
		try {
			saved = this.editing.save(id, form, action, principal.getName());
		}
		catch (ArticleEditing.ConflictException | ObjectOptimisticLockingFailureException ex) {
			Article current = article(id);
			model.addAttribute("conflict", current);
			// Saving again now replaces the other editor's version, knowingly.
			form.setVersion(current.getVersion());
			return editor(form, current, language, principal, model);
		}
		redirect.addFlashAttribute("notice", notice(saved, action));
		return "redirect:/admin/articles/" + saved.getId();
	}

	private String editor(ArticleForm form, Article article, Language language, Authentication principal,
			Model model) {
		boolean publishes = this.rights.publishesDirectly(principal);
		model.addAttribute("publishesDirectly", publishes);
		model.addAttribute("writesOthersArticles", this.rights.writesOthersArticles(principal));
		model.addAttribute("articleForm", form);
		// A press release with a future publication time is under embargo until then.
		Instant now = this.clock.instant();
		Instant publishedAt = (form.getPublishedAt() != null) ? form.getPublishedAt().atZone(SiteZone.ZONE).toInstant()
				: null;
		model.addAttribute("embargoUntil", (form.isPressRelease() && publishedAt != null && publishedAt.isAfter(now))
				? SiteZone.dateTime(publishedAt, language) : null);
		model.addAttribute("article", article);
		model.addAttribute("proposal", (article != null) ? this.articles.proposal(article.getId()).orElse(null) : null);
		model.addAttribute("proposes", article != null && proposes(article, publishes));
		model.addAttribute("state", (article != null) ? article.stateAt(this.clock.instant()) : "new");
		model.addAttribute("checks", (article != null) ? this.articles.checks(article) : List.of());
		model.addAttribute("translationStates", TRANSLATION_STATES);
		model.addAttribute("axes", this.axes.axes());
		model.addAttribute("partners", this.partners.all(language));
		model.addAttribute("image", (form.getFeaturedImageId() != null)
				? this.media.byId(form.getFeaturedImageId()).map((found) -> MediaView.of(found, Language.record())).orElse(null)
				: null);
		return EDITOR;
	}

	/**
	 * Publishing, scheduling, and a translation published on its own, asked by someone who
	 * must go through review: the buttons and options are not shown to them, so the request
	 * is forged.
	 */
	private static void refuseForgedPublication(Article before, ArticleForm form, ArticleEditing.Action action,
			boolean publishesDirectly) {
		if (publishesDirectly) {
			return;
		}
		if (action == ArticleEditing.Action.PUBLISH) {
			throw new AccessDeniedException("publishing needs a review");
		}
		for (Language language : Language.values()) {
			boolean publishedBefore = before != null && before.text(language)
				.map((text) -> text.getStatus() == ArticleStatus.PUBLISHED)
				.orElse(false);
			if (!language.isRecord() && form.text(language).getStatus() == ArticleStatus.PUBLISHED && !publishedBefore) {
				throw new AccessDeniedException("publishing a translation needs a review: " + language.code());
			}
		}
	}

	/**
	 * Whether this account's saves of the article are a proposed change beside it: the
	 * article is public or scheduled and they do not publish directly.
	 */
	private static boolean proposes(Article article, boolean publishesDirectly) {
		return article.getStatus() == ArticleStatus.PUBLISHED && !publishesDirectly;
	}

	/** The article, if this account may write it: a contributor only their own. */
	private Article writable(long id, Authentication principal) {
		Article article = article(id);
		if (!this.rights.writesOthersArticles(principal) && !principal.getName().equals(article.getAuthorEmail())) {
			throw new AccessDeniedException("another writer's article");
		}
		return article;
	}

	private String notice(Article saved, ArticleEditing.Action action) {
		if (action == ArticleEditing.Action.PUBLISH) {
			return saved.getPublishedAt().isAfter(this.clock.instant()) ? "article.notice.scheduled"
					: "article.notice.published";
		}
		return (action == ArticleEditing.Action.SUBMIT) ? "article.notice.submitted" : "article.notice.saved";
	}

	private Article article(long id) {
		return this.articles.byId(id).orElseThrow(NotFoundException::new);
	}

	private static ArticleEditing.Action action(String name) {
		try {
			return ArticleEditing.Action.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException();
		}
	}

}
