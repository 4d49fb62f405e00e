package ma.oim.site.redirects;

import java.security.Principal;

import jakarta.validation.Valid;
import ma.oim.site.web.BackOffice;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The redirect manager, for administrators: old addresses and where they now lead. */
@Controller
@BackOffice
class RedirectAdminController {

	private static final String LIST = "admin/redirects/list";

	private final Redirects redirects;

	private final RedirectEditing editing;

	RedirectAdminController(Redirects redirects, RedirectEditing editing) {
		this.redirects = redirects;
		this.editing = editing;
	}

	@GetMapping("/admin/redirects")
	String list(PageNumber page, Model model) {
		model.addAttribute("redirectForm", new RedirectForm());
		return list(page, model, true);
	}

	@PostMapping("/admin/redirects")
	String add(@Valid @ModelAttribute("redirectForm") RedirectForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.editing.add(form, result, principal.getName());
		}
		if (result.hasErrors()) {
			return list(PageNumber.FIRST, model, false);
		}
		redirect.addFlashAttribute("notice", "redirect.added");
		return "redirect:/admin/redirects";
	}

	@PostMapping("/admin/redirects/{id}/delete")
	String remove(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		if (!this.editing.remove(id, principal.getName())) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "redirect.removed");
		return "redirect:/admin/redirects";
	}

	private String list(PageNumber page, Model model, boolean checkPage) {
		long total = this.redirects.count();
		int pages = (int) Math.max(1, (total + Redirects.PAGE_SIZE - 1) / Redirects.PAGE_SIZE);
		if (checkPage) {
			page.requireWithin(pages);
		}
		model.addAttribute("redirects", this.redirects.page(page));
		model.addAttribute("total", total);
		model.addAttribute("pagination",
				Pagination.of(page.value(), pages, UriComponentsBuilder.fromPath("/admin/redirects")));
		return LIST;
	}

}
