package ma.oim.site.media;

import java.io.IOException;
import java.security.Principal;

import jakarta.validation.Valid;
import ma.oim.site.i18n.Language;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.BadRequestException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library: search by words and month, upload once, describe (texts and the
 * consent of the people shown), see where an image is used, delete one nothing uses.
 */
@Controller
@BackOffice
class MediaAdminController {

	private static final String LIST = "admin/media/list";

	private static final String ITEM = "admin/media/item";

	private final MediaLibrary library;

	private final MediaService media;

	MediaAdminController(MediaLibrary library, MediaService media) {
		this.library = library;
		this.media = media;
	}

	@GetMapping("/admin/media")
	String list(@ModelAttribute("query") LibraryQuery query, PageNumber page, Model model) {
		model.addAttribute("uploadForm", new LibraryUploadForm());
		return list(query, page, model, true);
	}

	@PostMapping("/admin/media")
	String upload(@Valid @ModelAttribute("uploadForm") LibraryUploadForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "media.library.file.required");
		}
		if (!form.hasRequiredAlt()) {
			result.rejectValue(MediaForm.requiredAltField(), "media.alt.required");
		}
		if (!result.hasErrors()) {
			try {
				Media saved = this.media.upload(form.getFile().getBytes(), form.getFile().getOriginalFilename(), form,
						principal.getName());
				redirect.addFlashAttribute("notice", "media.library.uploaded");
				return "redirect:/admin/media/" + saved.getId();
			}
			catch (ImageRejectedException ex) {
				result.rejectValue("file", ex.getReason());
			}
			catch (IOException ex) {
				result.rejectValue("file", "media.error.unreadable");
			}
		}
		model.addAttribute("query", new LibraryQuery(null, null));
		return list(new LibraryQuery(null, null), PageNumber.FIRST, model, false);
	}

	@GetMapping("/admin/media/{id}")
	String item(@PathVariable long id, Language language, Model model) {
		Media image = this.media.byId(id).orElseThrow(NotFoundException::new);
		model.addAttribute("mediaForm", image.toForm());
		return showItem(id, language, model);
	}

	@PostMapping("/admin/media/{id}")
	String describe(@PathVariable long id, @Valid @ModelAttribute("mediaForm") MediaForm form, BindingResult result,
			Principal principal, Language language, Model model, RedirectAttributes redirect) {
		if (!form.hasRequiredAlt()) {
			result.rejectValue(MediaForm.requiredAltField(), "media.alt.required");
		}
		if (result.hasErrors()) {
			return showItem(id, language, model);
		}
		if (!this.media.describe(id, form, principal.getName())) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "media.library.saved");
		return "redirect:/admin/media/" + id;
	}

	@PostMapping("/admin/media/{id}/delete")
	String delete(@PathVariable long id, Principal principal, Language language, Model model,
			RedirectAttributes redirect) {
		switch (this.media.delete(id, principal.getName())) {
			case DELETED -> {
				redirect.addFlashAttribute("notice", "media.library.deleted");
				return "redirect:/admin/media";
			}
			case IN_USE -> {
				// Refused: the page says why and lists the content that uses the image (409).
				model.addAttribute("conflict", Boolean.TRUE);
				model.addAttribute("problem", "media.library.inUse");
				model.addAttribute("mediaForm", this.media.byId(id).orElseThrow(NotFoundException::new).toForm());
				return showItem(id, language, model);
			}
			default -> throw new NotFoundException();
		}
	}

	private String showItem(long id, Language language, Model model) {
		model.addAttribute("item", this.library.item(id).orElseThrow(NotFoundException::new));
		model.addAttribute("uses", this.library.uses(id, language));
		return ITEM;
	}

	private String list(LibraryQuery query, PageNumber page, Model model, boolean checkPage) {
		if (!query.isValid()) {
			throw new BadRequestException();
		}
		MediaLibrary.Results results = this.library.search(query, page);
		if (checkPage) {
			page.requireWithin(results.pages());
		}
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(page.value(), (int) results.pages(), query.listPath("/admin/media")));
		return LIST;
	}

}
