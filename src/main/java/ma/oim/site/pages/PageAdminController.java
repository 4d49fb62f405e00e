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
		model.addAttribute("addressForm", this.editing.addressFormOf(page));
		return FORM;
	}

	@PostMapping("/admin/pages/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") TranslationsForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		OrganisationPage page = page(id);
		form.validate(result);
		this.editing.validateImages(form, result);
		if (result.hasErrors()) {
			model.addAttribute("page", page);
			model.addAttribute("addressForm", this.editing.addressFormOf(page));
			return FORM;
		}
		this.editing.save(id, form, principal.getName());
		redirect.addFlashAttribute("notice", "site.saved");
		return "redirect:/admin/site";
	}

	/** The page's slugs: the page and those under it move, and their old addresses redirect. */
	@PostMapping("/admin/pages/{id}/address")
	String move(@PathVariable long id, @ModelAttribute("addressForm") PageAddressForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		OrganisationPage page = page(id);
		this.editing.changeAddresses(page, form, result, principal.getName());
		if (result.hasErrors()) {
			model.addAttribute("page", page);
			model.addAttribute("form", this.editing.formOf(page));
			return FORM;
		}
		redirect.addFlashAttribute("notice", "site.page.address.changed");
		return "redirect:/admin/pages/" + id;
	}

	private OrganisationPage page(long id) {
		return this.editing.byId(id).orElseThrow(NotFoundException::new);
	}

}
