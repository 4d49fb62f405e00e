package ma.oim.site.pages;

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
class PageAdminController {

	private static final String FORM = "admin/site/page";

	private final PageEditing editing;

	PageAdminController(PageEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/pages/{id}")
	String edit(@PathVariable long id, Model model) {
		OrganisationPage page = page(id);
		model.addAttribute("page", page);
		model.addAttribute("form", this.editing.formOf(page));
		return FORM;
	}

	@PostMapping("/admin/pages/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") TranslationsForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		OrganisationPage page = page(id);
		form.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("page", page);
			return FORM;
		}
		this.editing.save(id, form, principal.getName());
		redirect.addFlashAttribute("notice", "site.saved");
		return "redirect:/admin/site";
	}

	private OrganisationPage page(long id) {
		return this.editing.byId(id).orElseThrow(NotFoundException::new);
	}

}
