package ma.oim.site.security;

import java.security.Principal;

import jakarta.validation.Valid;

import ma.oim.site.users.Role;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;
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

/**
 * "My passkeys" (register, name, remove), an administrator's removal of an account's
 * passkeys, and the setting that requires a passkey of administrators.
 */
@Controller
@BackOffice
class PasskeyController {

	private static final String PAGE = "admin/account/passkeys";

	private static final String POLICY = "admin/users/passkey-setting";

	private final Passkeys passkeys;

	private final PasskeyPolicy policy;

	private final UserService users;

	PasskeyController(Passkeys passkeys, PasskeyPolicy policy, UserService users) {
		this.passkeys = passkeys;
		this.policy = policy;
		this.users = users;
	}

	@GetMapping(AdministratorPasskeyFilter.PASSKEYS_PAGE)
	String list(Principal principal, Model model) {
		model.addAttribute("passkeys", this.passkeys.of(principal.getName()));
		model.addAttribute("passkeyForm", new PasskeyForm());
		return PAGE;
	}

	@PostMapping(AdministratorPasskeyFilter.PASSKEYS_PAGE + "/{id}/name")
	String rename(@PathVariable String id, @Valid @ModelAttribute PasskeyForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "passkey.label.invalid");
		}
		else if (this.passkeys.rename(principal.getName(), id, form.getLabel())) {
			redirect.addFlashAttribute("notice", "passkey.renamed");
		}
		else {
			redirect.addFlashAttribute("problem", "passkey.unknown");
		}
		return "redirect:" + AdministratorPasskeyFilter.PASSKEYS_PAGE;
	}

	@PostMapping(AdministratorPasskeyFilter.PASSKEYS_PAGE + "/{id}/remove")
	String remove(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		boolean removed = this.passkeys.remove(principal.getName(), principal.getName(), id);
		redirect.addFlashAttribute(removed ? "notice" : "problem", removed ? "passkey.removed" : "passkey.unknown");
		return "redirect:" + AdministratorPasskeyFilter.PASSKEYS_PAGE;
	}

	/** Administrators only (/admin/users/**): an account's passkeys are lost, its owner signs in with the password again. */
	@PostMapping("/admin/users/{id}/passkeys/remove")
	String removeAll(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		User user = this.users.byId(id).orElseThrow(NotFoundException::new);
		this.passkeys.removeAll(principal.getName(), user.getEmail());
		redirect.addFlashAttribute("notice", "passkey.allRemoved");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/users/passkey-setting")
	String policy(Model model) {
		model.addAttribute("required", this.policy.requiredForAdministrators());
		model.addAttribute("withoutPasskey", this.users.all()
			.stream()
			.filter((user) -> user.getRole() == Role.ADMIN && user.isEnabled())
			.filter((user) -> !this.passkeys.hasAny(user.getEmail()))
			.map(User::getDisplayName)
			.toList());
		return POLICY;
	}

	/** An administrator without a passkey cannot require one: they would shut themselves out. */
	@PostMapping("/admin/users/passkey-setting")
	String setPolicy(@RequestParam boolean required, Principal principal, RedirectAttributes redirect) {
		if (required && !this.passkeys.hasAny(principal.getName())) {
			redirect.addFlashAttribute("problem", "passkey.policy.ownFirst");
		}
		else {
			this.policy.set(required, principal.getName());
			redirect.addFlashAttribute("notice", required ? "passkey.policy.on" : "passkey.policy.off");
		}
		return "redirect:/admin/users/passkey-setting";
	}

}
