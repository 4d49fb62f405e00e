package ma.oim.site.axes;

import java.security.Principal;

import jakarta.validation.Valid;

import ma.oim.site.web.BackOffice;
import ma.oim.site.content.TranslationsForm;
import ma.oim.site.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@BackOffice
class AxisAdminController {

	private static final String FORM = "admin/site/axis";

	private final AxisEditing axes;

	AxisAdminController(AxisEditing axes) {
		this.axes = axes;
	}

	@GetMapping("/admin/axes/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", this.axes.formOf(id).orElseThrow(NotFoundException::new));
		return FORM;
	}

	@PostMapping("/admin/axes/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") TranslationsForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect) {
		this.axes.formOf(id).orElseThrow(NotFoundException::new);
		form.validate(result);
		if (result.hasErrors()) {
			return FORM;
		}
		this.axes.save(id, form, principal.getName());
		redirect.addFlashAttribute("notice", "site.saved");
		return "redirect:/admin/site";
	}

}
