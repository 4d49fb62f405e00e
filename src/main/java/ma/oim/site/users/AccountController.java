package ma.oim.site.users;

import java.security.Principal;

import jakarta.validation.Valid;

import ma.oim.site.web.BackOffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password here, giving the current one. */
@Controller
@BackOffice
class AccountController {

	private static final String FORM = "admin/account/password";

	private final UserService users;

	AccountController(UserService users) {
		this.users = users;
	}

	@GetMapping("/admin/account/password")
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return FORM;
	}

	@PostMapping("/admin/account/password")
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect) {
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "NotBlank");
		}
		if (!result.hasFieldErrors("newPassword") && !form.isConfirmed()) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		if (!this.users.changeOwnPassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword())) {
			result.rejectValue("currentPassword", "password.current.wrong");
			return FORM;
		}
		redirect.addFlashAttribute("notice", "account.passwordChanged");
		return "redirect:/admin";
	}

}
