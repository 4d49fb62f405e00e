package ma.oim.site.publications;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.Messages;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;

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
import org.springframework.web.util.UriComponentsBuilder;

/** The editors' publication screens: list, editor (texts, state, a file per language), withdraw, delete. */
@Controller
@BackOffice
class PublicationAdminController {

	private static final String EDITOR = "admin/publications/editor";

	private final PublicationEditing editing;

	private final BackOfficePublications publications;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	private final Messages messages;

	PublicationAdminController(PublicationEditing editing, BackOfficePublications publications, AxisLinks axes,
			PartnerDirectory partners, Messages messages) {
		this.editing = editing;
		this.publications = publications;
		this.axes = axes;
		this.partners = partners;
		this.messages = messages;
	}

	@GetMapping("/admin/publications")
	String list(PageNumber page, @RequestParam(required = false) String state, Model model) {
		// The one filter: the expired ones (their expiry time passed), to extend or withdraw.
		boolean expiredOnly = "expired".equals(state);
		if (!expiredOnly && state != null && !state.isEmpty()) {
			throw new BadRequestException();
		}
		int pages = (int) Math.max(1, (this.publications.count(expiredOnly) + BackOfficePublications.PAGE_SIZE - 1)
				/ BackOfficePublications.PAGE_SIZE);
		page.requireWithin(pages);
		model.addAttribute("publications", this.publications.page(page, expiredOnly));
		model.addAttribute("state", expiredOnly ? "expired" : null);
		UriComponentsBuilder listPath = UriComponentsBuilder.fromPath("/admin/publications");
		if (expiredOnly) {
			listPath.queryParam("state", "expired");
		}
		model.addAttribute("pagination", Pagination.of(page.value(), pages, listPath));
		return "admin/publications/list";
	}

	@GetMapping("/admin/publications/new")
	String newPublication(Language language, Model model) {
		return editor(new PublicationForm(), null, language, model);
	}

	@PostMapping("/admin/publications/new")
	String create(@Valid @ModelAttribute("publicationForm") PublicationForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Principal principal, Language language, Model model,
			RedirectAttributes redirect) {
		return save(null, form, result, action, principal, language, model, redirect);
	}

	@GetMapping("/admin/publications/{id}")
	String edit(@PathVariable long id, Language language, Model model) {
		PublicationForm form = this.editing.formOf(id).orElseThrow(NotFoundException::new);
		return editor(form, id, language, model);
	}

	@PostMapping("/admin/publications/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("publicationForm") PublicationForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Principal principal,
			Language language, Model model, RedirectAttributes redirect) {
		state(id);
		return save(id, form, result, action, principal, language, model, redirect);
	}

	@PostMapping("/admin/publications/{id}/withdraw")
	String withdraw(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		state(id);
		this.editing.withdraw(id, principal.getName());
		redirect.addFlashAttribute("notice", "publication.notice.withdrawn");
		return "redirect:/admin/publications/" + id;
	}

	@PostMapping("/admin/publications/{id}/delete")
	String delete(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		state(id);
		this.editing.delete(id, principal.getName());
		redirect.addFlashAttribute("notice", "publication.notice.deleted");
		return "redirect:/admin/publications";
	}

	/** A file for one language; refused, the editor is told why next to that language's field, and nothing is kept. */
	@PostMapping("/admin/publications/{id}/files/{code}")
	String upload(@PathVariable long id, @PathVariable String code,
			@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Language language,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		state(id);
		Language fileLanguage = language(code);
		try {
			this.editing.storeFile(id, fileLanguage, file, principal.getName());
		}
		catch (DocumentRejectedException ex) {
			response.setStatus(422);
			model.addAttribute("fileLanguage", fileLanguage);
			model.addAttribute("fileError", this.messages.get(ex.reason(), language, ex.arguments()));
			return editor(this.editing.formOf(id).orElseThrow(NotFoundException::new), id, language, model);
		}
		redirect.addFlashAttribute("notice", "publication.notice.fileStored");
		return "redirect:/admin/publications/" + id + "#files";
	}

	/** A cover for one language; refused, the editor is told why next to that language's cover field. */
	@PostMapping("/admin/publications/{id}/covers/{code}")
	String uploadCover(@PathVariable long id, @PathVariable String code,
			@RequestParam(name = "cover", required = false) MultipartFile cover, Principal principal, Language language,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		state(id);
		Language coverLanguage = language(code);
		try {
			this.editing.storeCover(id, coverLanguage, cover, principal.getName());
		}
		catch (DocumentRejectedException ex) {
			response.setStatus(422);
			model.addAttribute("coverLanguage", coverLanguage);
			model.addAttribute("coverError", this.messages.get(ex.reason(), language, ex.arguments()));
			return editor(this.editing.formOf(id).orElseThrow(NotFoundException::new), id, language, model);
		}
		redirect.addFlashAttribute("notice", "publication.notice.coverStored");
		return "redirect:/admin/publications/" + id + "#files";
	}

	@PostMapping("/admin/publications/{id}/covers/{code}/remove")
	String removeCover(@PathVariable long id, @PathVariable String code, Principal principal,
			RedirectAttributes redirect) {
		state(id);
		this.editing.removeCover(id, language(code), principal.getName());
		redirect.addFlashAttribute("notice", "publication.notice.coverRemoved");
		return "redirect:/admin/publications/" + id + "#files";
	}

	@PostMapping("/admin/publications/{id}/files/{code}/remove")
	String removeFile(@PathVariable long id, @PathVariable String code, Principal principal,
			RedirectAttributes redirect) {
		state(id);
		this.editing.removeFile(id, language(code), principal.getName());
		redirect.addFlashAttribute("notice", "publication.notice.fileRemoved");
		return "redirect:/admin/publications/" + id + "#files";
	}

	private String save(Long id, PublicationForm form, BindingResult result, String actionName, Principal principal,
			Language language, Model model, RedirectAttributes redirect) {
		PublicationEditing.Action action = action(actionName);
		this.editing.validate(id, form, action, result);
		this.editing.validateExpiry(id, form, action, result);
		if (result.hasErrors()) {
			return editor(form, id, language, model);
		}
		long saved;
		try {
			saved = this.editing.save(id, form, action, principal.getName());
		}
		catch (PublicationEditing.ConflictException ex) {
			PublicationForm current = this.editing.formOf(id).orElseThrow(NotFoundException::new);
			model.addAttribute("conflict", true);
			// Saving again now replaces the other editor's version, knowingly.
			form.setVersion(current.getVersion());
			return editor(form, id, language, model);
		}
		String state = state(saved).state();
		redirect.addFlashAttribute("notice", (action == PublicationEditing.Action.PUBLISH)
				? "publication.notice." + state : "publication.notice.saved");
		return "redirect:/admin/publications/" + saved;
	}

	private String editor(PublicationForm form, Long id, Language language, Model model) {
		model.addAttribute("publicationForm", form);
		model.addAttribute("publicationId", id);
		model.addAttribute("publicationState", (id != null) ? state(id) : null);
		java.util.Map<String, BackOfficePublications.FileStatus> files = new java.util.HashMap<>();
		if (id != null) {
			this.publications.files(id).forEach((file) -> files.put(file.language().code(), file));
		}
		model.addAttribute("filesByLanguage", files);
		model.addAttribute("coverLanguages", (id != null) ? this.publications.coverLanguages(id) : java.util.List.of());
		model.addAttribute("types", Arrays.asList(PublicationType.values()));
		model.addAttribute("axes", this.axes.axes());
		model.addAttribute("partners", this.partners.all(language));
		return EDITOR;
	}

	private BackOfficePublications.State state(long id) {
		return this.publications.state(id).orElseThrow(NotFoundException::new);
	}

	private static Language language(String code) {
		return Language.fromCode(code).orElseThrow(NotFoundException::new);
	}

	private static PublicationEditing.Action action(String name) {
		try {
			return PublicationEditing.Action.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException();
		}
	}

}
