package ma.oim.site.users;

import java.security.Principal;

import jakarta.validation.Valid;

import ma.oim.site.web.BackOffice;
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

/** Account management, for administrators only (see SecurityConfiguration). */
@Controller
@BackOffice
class UserController {

	private static final String FORM = "admin/users/form";

	private static final String DETAIL = "admin/users/detail";

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.users.all());
		return "admin/users/list";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new NewUserForm());
		return FORM;
	}

	@PostMapping("/admin/users/new")
	String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("email") && this.users.emailTaken(form.getEmail())) {
			result.rejectValue("email", "user.email.taken");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		User user = this.users.create(form, principal.getName());
		redirect.addFlashAttribute("notice", "user.created");
		return "redirect:/admin/users/" + user.getId();
	}

	@GetMapping("/admin/users/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("user", user(id));
		model.addAttribute("passwordForm", new PasswordForm());
		return DETAIL;
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Principal principal,
			RedirectAttributes redirect) {
		User user = user(id);
		if (!enabled && isSelf(user, principal)) {
			redirect.addFlashAttribute("problem", "user.self.disable");
		}
		else {
			this.users.setEnabled(user, enabled, principal.getName());
			redirect.addFlashAttribute("notice", enabled ? "user.enabled" : "user.disabled");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, Principal principal,
			RedirectAttributes redirect) {
		User user = user(id);
		if (role != Role.ADMIN && isSelf(user, principal)) {
			redirect.addFlashAttribute("problem", "user.self.demote");
		}
		else if (role != user.getRole()) {
			this.users.changeRole(user, role, principal.getName());
			redirect.addFlashAttribute("notice", "user.roleChanged");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.users.unlock(user(id), principal.getName());
		redirect.addFlashAttribute("notice", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		User user = user(id);
		if (!result.hasFieldErrors("newPassword") && !form.isConfirmed()) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return DETAIL;
		}
		this.users.resetPassword(user, form.getNewPassword(), principal.getName());
		redirect.addFlashAttribute("notice", "user.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	private User user(long id) {
		return this.users.byId(id).orElseThrow(NotFoundException::new);
	}

	private static boolean isSelf(User user, Principal principal) {
		return user.getEmail().equals(principal.getName());
	}

}
