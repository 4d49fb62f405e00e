package ma.oim.site.pages;

import java.security.Principal;
import java.util.Optional;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@BackOffice
class PageAdminController {

	private static final String FORM = "admin/site/page";

	private static final String NEW = "admin/site/new-page";

	private final PageEditing editing;

	PageAdminController(PageEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/pages/new")
	String create(@RequestParam(required = false) Long parent, Model model) {
		TranslationsForm form = new TranslationsForm();
		model.addAttribute("form", form);
		return newPage(parent, model);
	}

	@PostMapping("/admin/pages/new")
	String create(@RequestParam(required = false) Long parent, @Valid @ModelAttribute("form") TranslationsForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		form.validate(result);
		this.editing.validateImages(form, result);
		Optional<Long> created = result.hasErrors() ? Optional.empty()
				: this.editing.create(parent, form, result, principal.getName());
		if (created.isEmpty()) {
			return newPage(parent, model);
		}
		redirect.addFlashAttribute("notice", "site.page.created");
		return "redirect:/admin/pages/" + created.get();
	}

	@GetMapping("/admin/pages/{id}")
	String edit(@PathVariable long id, Model model) {
		OrganisationPage page = page(id);
		model.addAttribute("form", this.editing.formOf(page));
		model.addAttribute("addressForm", this.editing.addressFormOf(page));
		return editPage(page, model);
	}

	@PostMapping("/admin/pages/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") TranslationsForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		OrganisationPage page = page(id);
		form.validate(result);
		this.editing.validateImages(form, result);
		if (result.hasErrors()) {
			model.addAttribute("addressForm", this.editing.addressFormOf(page));
			return editPage(page, model);
		}
		this.editing.save(id, form, principal.getName());
		redirect.addFlashAttribute("notice", "site.saved");
		return "redirect:/admin/site";
	}

	/** The page's slugs: the page and those under it move, and their old addresses redirect. */
	@PostMapping("/admin/pages/{id}/address")
	String changeAddress(@PathVariable long id, @ModelAttribute("addressForm") PageAddressForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		OrganisationPage page = page(id);
		this.editing.changeAddresses(page, form, result, principal.getName());
		if (result.hasErrors()) {
			model.addAttribute("form", this.editing.formOf(page));
			return editPage(page, model);
		}
		redirect.addFlashAttribute("notice", "site.page.address.changed");
		return "redirect:/admin/pages/" + id;
	}

	/** Under another page or to another place among its siblings: buttons and a list, no dragging needed. */
	@PostMapping("/admin/pages/{id}/move")
	String move(@PathVariable long id, @Valid @ModelAttribute("moveForm") PageMoveForm form, BindingResult result,
			@RequestParam(required = false) String back, Principal principal, Model model,
			RedirectAttributes redirect) {
		OrganisationPage page = page(id);
		if (!result.hasErrors()) {
			this.editing.move(id, form, result, principal.getName());
		}
		if (result.hasErrors()) {
			model.addAttribute("form", this.editing.formOf(page));
			model.addAttribute("addressForm", this.editing.addressFormOf(page));
			return editPage(page, model);
		}
		redirect.addFlashAttribute("notice", "site.page.moved");
		return "overview".equals(back) ? "redirect:/admin/site#page-" + id : "redirect:/admin/pages/" + id;
	}

	@PostMapping("/admin/pages/{id}/visibility")
	String visibility(@PathVariable long id, @RequestParam boolean hidden, Principal principal,
			RedirectAttributes redirect) {
		page(id);
		this.editing.setHidden(id, hidden, principal.getName());
		redirect.addFlashAttribute("notice", hidden ? "site.page.hidden" : "site.page.shown");
		return "redirect:/admin/pages/" + id;
	}

	@PostMapping("/admin/pages/{id}/delete")
	String delete(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		page(id);
		Optional<String> refusal = this.editing.delete(id, principal.getName());
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("problem", refusal.get());
			return "redirect:/admin/pages/" + id;
		}
		redirect.addFlashAttribute("notice", "site.page.deleted");
		return "redirect:/admin/site";
	}

	private String editPage(OrganisationPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("node", this.editing.node(page.getId()));
		model.addAttribute("parents", this.editing.possibleParents(page.getId()));
		if (!model.containsAttribute("moveForm")) {
			PageMoveForm move = new PageMoveForm();
			move.setParent(page.getParentId());
			model.addAttribute("moveForm", move);
		}
		return FORM;
	}

	private String newPage(Long parent, Model model) {
		model.addAttribute("parent", parent);
		model.addAttribute("parents", this.editing.possibleParentsOfNewPage());
		return NEW;
	}

	private OrganisationPage page(long id) {
		return this.editing.byId(id).orElseThrow(NotFoundException::new);
	}

}
