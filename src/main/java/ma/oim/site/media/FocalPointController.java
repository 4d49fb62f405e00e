package ma.oim.site.media;

import jakarta.validation.Valid;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's focal point of an image: two numbers (percent across and down), which the
 * back office's script also sets from a click on the picture. The card crop beside it
 * shows what it keeps.
 */
@Controller
@BackOffice
class FocalPointController {

	private static final String FORM = "admin/media/focal-point";

	private final MediaService media;

	private final Renditions renditions;

	FocalPointController(MediaService media, Renditions renditions) {
		this.media = media;
		this.renditions = renditions;
	}

	@GetMapping("/admin/media/{id}/focal-point")
	String edit(@PathVariable long id, Model model) {
		Media image = this.media.byId(id).orElseThrow(NotFoundException::new);
		model.addAttribute("form", FocalPointForm.of(image));
		return show(image, model);
	}

	@PostMapping("/admin/media/{id}/focal-point")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") FocalPointForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Media image = this.media.byId(id).orElseThrow(NotFoundException::new);
		if (result.hasErrors()) {
			return show(image, model);
		}
		this.renditions.moveFocalPoint(id, form.getX(), form.getY());
		redirect.addFlashAttribute("notice", "media.focal.saved");
		return "redirect:/admin/media/" + id + "/focal-point";
	}

	private static String show(Media image, Model model) {
		model.addAttribute("image", MediaView.of(image, Language.record()));
		return FORM;
	}

}
