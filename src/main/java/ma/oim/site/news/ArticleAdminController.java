package ma.oim.site.news;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
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

/** The editors' article screens: list, editor, revisions, withdraw and delete. */
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

	ArticleAdminController(ArticleEditing editing, BackOfficeArticles articles, AxisLinks axes,
			PartnerDirectory partners, ImageUploads images, MediaService media, Clock clock) {
		this.editing = editing;
		this.articles = articles;
		this.axes = axes;
		this.partners = partners;
		this.images = images;
		this.media = media;
		this.clock = clock;
	}

	@GetMapping("/admin/articles")
	String list(@ModelAttribute ArticleAdminQuery query, PageNumber page, Model model) {
		if (!query.isValid()) {
			throw new BadRequestException();
		}
		Page<ArticleSummary> found = this.articles.search(query, page);
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
	String newArticle(Language language, Model model) {
		return editor(new ArticleForm(), null, language, model);
	}

	@PostMapping("/admin/articles/new")
	String create(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) MultipartFile imageFile,
			Principal principal, Language language, Model model, RedirectAttributes redirect) {
		return save(null, form, result, action, imageFile, principal, language, model, redirect);
	}

	@GetMapping("/admin/articles/{id}")
	String edit(@PathVariable long id, Language language, Model model) {
		Article article = article(id);
		return editor(this.editing.formOf(article), article, language, model);
	}

	@PostMapping("/admin/articles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) MultipartFile imageFile,
			Principal principal, Language language, Model model, RedirectAttributes redirect) {
		article(id);
		return save(id, form, result, action, imageFile, principal, language, model, redirect);
	}

	@PostMapping("/admin/articles/{id}/withdraw")
	String withdraw(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.editing.withdraw(article(id), principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.withdrawn");
		return "redirect:/admin/articles/" + id;
	}

	/** The editor checked the translation against the French as it is now: no longer out of date. */
	@PostMapping("/admin/articles/{id}/translations/{code}/confirm")
	String confirmTranslation(@PathVariable long id, @PathVariable String code, Principal principal,
			RedirectAttributes redirect) {
		Article article = article(id);
		Language translation = Language.fromCode(code)
			.filter((language) -> !language.isRecord() && article.text(language).isPresent())
			.orElseThrow(NotFoundException::new);
		this.editing.confirmTranslation(id, translation, principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.confirmed");
		return "redirect:/admin/articles/" + id;
	}

	@GetMapping("/admin/articles/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("article", article(id));
		return "admin/articles/delete";
	}

	@PostMapping("/admin/articles/{id}/delete")
	String delete(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.editing.delete(article(id), principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.deleted");
		return "redirect:/admin/articles";
	}

	@GetMapping("/admin/articles/{id}/revisions")
	String revisions(@PathVariable long id, Model model) {
		model.addAttribute("article", article(id));
		model.addAttribute("revisions", this.articles.revisions(id));
		return "admin/articles/revisions";
	}

	@GetMapping("/admin/articles/{id}/revisions/{revisionId}")
	String revision(@PathVariable long id, @PathVariable long revisionId, Model model) {
		model.addAttribute("article", article(id));
		model.addAttribute("revision", this.articles.revision(id, revisionId).orElseThrow(NotFoundException::new));
		return "admin/articles/revision";
	}

	@PostMapping("/admin/articles/{id}/revisions/{revisionId}/restore")
	String restore(@PathVariable long id, @PathVariable long revisionId, Principal principal,
			RedirectAttributes redirect) {
		ArticleRevision revision = this.articles.revision(id, revisionId).orElseThrow(NotFoundException::new);
		this.editing.restore(article(id), revision, principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.restored");
		return "redirect:/admin/articles/" + id;
	}

	private String save(Long id, ArticleForm form, BindingResult result, String actionName, MultipartFile imageFile,
			Principal principal, Language language, Model model, RedirectAttributes redirect) {
		ArticleEditing.Action action = action(actionName);
		this.editing.validate(id, form, result);
		this.images.store(imageFile, form.getImage(), "image", "featuredImageId", principal.getName(), result)
			.ifPresent(form::setFeaturedImageId);
		this.editing.validateImages(id, form, action, result);
		if (result.hasErrors()) {
			return editor(form, (id != null) ? article(id) : null, language, model);
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
			return editor(form, current, language, model);
		}
		redirect.addFlashAttribute("notice", notice(saved, action));
		return "redirect:/admin/articles/" + saved.getId();
	}

	private String editor(ArticleForm form, Article article, Language language, Model model) {
		model.addAttribute("articleForm", form);
		model.addAttribute("article", article);
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

	private String notice(Article saved, ArticleEditing.Action action) {
		if (action == ArticleEditing.Action.PUBLISH) {
			return saved.getPublishedAt().isAfter(this.clock.instant()) ? "article.notice.scheduled"
					: "article.notice.published";
		}
		return "article.notice.saved";
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
