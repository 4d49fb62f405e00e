package ma.oim.site.partners;

import java.security.Principal;

import jakarta.validation.Valid;

import ma.oim.site.web.BackOffice;
import ma.oim.site.media.ImageUploads;
import ma.oim.site.web.NotFoundException;

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

@Controller
@BackOffice
class PartnerAdminController {

	private static final String FORM = "admin/site/partner";

	private final PartnerEditing partners;

	private final ImageUploads images;

	PartnerAdminController(PartnerEditing partners, ImageUploads images) {
		this.partners = partners;
		this.images = images;
	}

	@ModelAttribute("kinds")
	PartnerKind[] kinds() {
		return PartnerKind.values();
	}

	@GetMapping("/admin/partners/new")
	String newPartner(Model model) {
		model.addAttribute("form", new PartnerForm());
		return FORM;
	}

	@GetMapping("/admin/partners/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", this.partners.formOf(id).orElseThrow(NotFoundException::new));
		model.addAttribute("partnerId", id);
		return FORM;
	}

	@PostMapping("/admin/partners/new")
	String create(@Valid @ModelAttribute("form") PartnerForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile logoFile, Principal principal, RedirectAttributes redirect) {
		return save(null, form, result, logoFile, principal, redirect);
	}

	@PostMapping("/admin/partners/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PartnerForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile logoFile, Principal principal, Model model,
			RedirectAttributes redirect) {
		this.partners.formOf(id).orElseThrow(NotFoundException::new);
		model.addAttribute("partnerId", id);
		return save(id, form, result, logoFile, principal, redirect);
	}

	private String save(Long id, PartnerForm form, BindingResult result, MultipartFile logoFile, Principal principal,
			RedirectAttributes redirect) {
		this.images.store(logoFile, form.getLogo(), "logo", "logoId", principal.getName(), result)
			.ifPresent(form::setLogoId);
		form.validate(result);
		if (result.hasErrors()) {
			return FORM;
		}
		this.partners.save(id, form, principal.getName());
		redirect.addFlashAttribute("notice", "site.saved");
		return "redirect:/admin/site";
	}

}
