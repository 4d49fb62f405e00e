package ma.oim.site.news;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import ma.oim.site.admin.BackOffice;
import ma.oim.site.axes.AxisService;
import ma.oim.site.content.Markdown;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.ImageRejectedException;
import ma.oim.site.media.Media;
import ma.oim.site.media.MediaService;
import ma.oim.site.media.MediaView;
import ma.oim.site.pages.MenuService;
import ma.oim.site.partners.PartnerService;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.Pagination;
import ma.oim.site.web.SiteNav;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' article screens: list, editor, preview, revisions, withdraw and delete. */
@Controller
@BackOffice
class ArticleAdminController {

	private static final String EDITOR = "admin/articles/editor";

	private static final int PAGE_SIZE = 20;

	private final ArticleEditing editing;

	private final ArticleRepository articles;

	private final AxisService axes;

	private final PartnerService partners;

	private final MediaService media;

	private final Markdown markdown;

	private final MenuService menus;

	private final Clock clock;

	ArticleAdminController(ArticleEditing editing, ArticleRepository articles, AxisService axes,
			PartnerService partners, MediaService media, Markdown markdown, MenuService menus, Clock clock) {
		this.editing = editing;
		this.articles = articles;
		this.axes = axes;
		this.partners = partners;
		this.media = media;
		this.markdown = markdown;
		this.menus = menus;
		this.clock = clock;
	}

	@GetMapping("/admin/articles")
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String language,
			@RequestParam(required = false) String title, @RequestParam(defaultValue = "1") int page, Model model) {
		String stateFilter = (state == null || state.isEmpty()) ? null : state;
		String languageFilter = (language == null || language.isEmpty()) ? null : language;
		if (page < 1 || !ArticleAdminQuery.isKnownState(stateFilter) || !ArticleAdminQuery.isKnownLanguage(languageFilter)
				|| (title != null && title.length() > 300)) {
			throw new BadRequestException();
		}
		ArticleAdminQuery query = new ArticleAdminQuery(stateFilter, languageFilter, title);
		Page<Article> found = this.editing.search(query, PageRequest.of(page - 1, PAGE_SIZE));
		if (page > 1 && page > found.getTotalPages()) {
			throw new NotFoundException();
		}
		model.addAttribute("articles", found.getContent());
		model.addAttribute("pagination", Pagination.of(page, Math.max(1, found.getTotalPages()), query.listPath()));
		model.addAttribute("state", stateFilter);
		model.addAttribute("language", languageFilter);
		model.addAttribute("title", title);
		return "admin/articles/list";
	}

	@GetMapping("/admin/articles/new")
	String newArticle(Model model) {
		return editor(new ArticleForm(), null, model);
	}

	@PostMapping("/admin/articles/new")
	String create(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) MultipartFile imageFile,
			Principal principal, Model model, RedirectAttributes redirect) {
		return save(null, form, result, action, imageFile, principal, model, redirect);
	}

	@GetMapping("/admin/articles/{id}")
	String edit(@PathVariable long id, Model model) {
		Article article = article(id);
		return editor(this.editing.formOf(article), article, model);
	}

	@PostMapping("/admin/articles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) MultipartFile imageFile,
			Principal principal, Model model, RedirectAttributes redirect) {
		article(id);
		return save(id, form, result, action, imageFile, principal, model, redirect);
	}

	@PostMapping("/admin/articles/{id}/withdraw")
	String withdraw(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.editing.withdraw(article(id), principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.withdrawn");
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

	/** The exact public rendering, whatever the article's state, for signed-in users only. */
	@GetMapping("/admin/articles/{id}/preview/{languageCode}")
	String preview(@PathVariable long id, @PathVariable String languageCode, Model model,
			HttpServletResponse response) {
		Language language = Language.fromCode(languageCode).orElseThrow(NotFoundException::new);
		ArticleView view = this.editing.preview(id, language).orElseThrow(NotFoundException::new);
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		model.addAttribute("article", view);
		model.addAttribute("lang", language);
		model.addAttribute("nav", SiteNav.of(language));
		model.addAttribute("menu", this.menus.menu(language));
		model.addAttribute("meta", PageMeta.preview(language, view.title(), view.summary()));
		return "news/article";
	}

	@GetMapping("/admin/articles/{id}/revisions")
	String revisions(@PathVariable long id, Model model) {
		model.addAttribute("article", article(id));
		model.addAttribute("revisions", this.editing.revisions(id));
		return "admin/articles/revisions";
	}

	@GetMapping("/admin/articles/{id}/revisions/{revisionId}")
	String revision(@PathVariable long id, @PathVariable long revisionId, Model model) {
		model.addAttribute("article", article(id));
		model.addAttribute("revision", this.editing.revision(id, revisionId).orElseThrow(NotFoundException::new));
		return "admin/articles/revision";
	}

	@PostMapping("/admin/articles/{id}/revisions/{revisionId}/restore")
	String restore(@PathVariable long id, @PathVariable long revisionId, Principal principal,
			RedirectAttributes redirect) {
		ArticleEditing.Revision revision = this.editing.revision(id, revisionId).orElseThrow(NotFoundException::new);
		this.editing.restore(article(id), revision, principal.getName());
		redirect.addFlashAttribute("notice", "article.notice.restored");
		return "redirect:/admin/articles/" + id;
	}

	/** The live preview of the editor's Markdown (progressive enhancement), sanitised as when saved. */
	@PostMapping(path = "/admin/markdown", produces = "text/html;charset=UTF-8")
	@ResponseBody
	String renderMarkdown(@RequestParam(defaultValue = "") String source) {
		if (source.length() > 100_000) {
			throw new BadRequestException();
		}
		return this.markdown.toSafeHtml(source);
	}

	private String save(Long id, ArticleForm form, BindingResult result, String actionName, MultipartFile imageFile,
			Principal principal, Model model, RedirectAttributes redirect) {
		ArticleEditing.Action action = action(actionName);
		this.editing.validate(id, form, result);
		uploadImage(form, result, imageFile, principal);
		if (result.hasErrors()) {
			return editor(form, (id != null) ? article(id) : null, model);
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
			return editor(form, current, model);
		}
		redirect.addFlashAttribute("notice", notice(saved, action));
		return "redirect:/admin/articles/" + saved.getId();
	}

	/** An image sent with the form is stored at once, so that an error elsewhere does not lose it. */
	private void uploadImage(ArticleForm form, BindingResult result, MultipartFile file, Principal principal) {
		if (file == null || file.isEmpty()) {
			return;
		}
		if (!form.getImage().hasRequiredAlt()) {
			result.rejectValue("image.altFr", "media.alt.required");
			return;
		}
		try {
			Media uploaded = this.media.upload(file.getBytes(), form.getImage(), principal.getName());
			form.setFeaturedImageId(uploaded.getId());
		}
		catch (ImageRejectedException ex) {
			result.rejectValue("featuredImageId", ex.getReason());
		}
		catch (IOException ex) {
			result.rejectValue("featuredImageId", "media.error.unreadable");
		}
	}

	private String editor(ArticleForm form, Article article, Model model) {
		model.addAttribute("articleForm", form);
		model.addAttribute("article", article);
		model.addAttribute("state", (article != null) ? article.stateAt(this.clock.instant()) : "new");
		model.addAttribute("axes", this.axes.all());
		model.addAttribute("partners", this.partners.all());
		model.addAttribute("image", (form.getFeaturedImageId() != null)
				? this.media.byId(form.getFeaturedImageId()).map((found) -> MediaView.of(found, Language.FR)).orElse(null)
				: null);
		return EDITOR;
	}

	private String notice(Article saved, ArticleEditing.Action action) {
		if (action == ArticleEditing.Action.PUBLISH) {
			return saved.getPublishedAt().isAfter(this.clock.instant()) ? "article.notice.scheduled" : "article.notice.published";
		}
		return "article.notice.saved";
	}

	private Article article(long id) {
		return this.editing.byId(id).orElseThrow(NotFoundException::new);
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
