package ma.oim.site.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import ma.oim.site.i18n.Language;
import ma.oim.site.users.PasswordForm;
import ma.oim.site.users.PasswordResets;
import ma.oim.site.users.User;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": the address form, which always gives the same answer, then the
 * emailed link's "choose a new password" form. Rate-limited by {@link ResetThrottle}.
 */
@Controller
class PasswordResetController {

	private static final String FORGOT = "security/forgot";

	private static final String RESET = "security/reset";

	private final PasswordResets resets;

	private final ResetThrottle throttle;

	PasswordResetController(PasswordResets resets, ResetThrottle throttle) {
		this.resets = resets;
		this.throttle = throttle;
	}

	@GetMapping("/login/forgot")
	String forgot(Model model) {
		model.addAttribute("forgotPasswordForm", new ForgotPasswordForm());
		return FORGOT;
	}

	@PostMapping("/login/forgot")
	String requestLink(@Valid @ModelAttribute ForgotPasswordForm form, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			return FORGOT;
		}
		Optional<Duration> wait = this.throttle.tryRequest(ClientAddress.of(request),
				User.normalizeEmail(form.getEmail()));
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds());
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(seconds));
			model.addAttribute("minutes", Math.max(1, (seconds + 59) / 60));
			return "security/too-many-resets";
		}
		this.resets.request(form.getEmail(), Language.fromCode(locale.getLanguage()).orElseGet(Language::record));
		return "redirect:/login/forgot?sent";
	}

	@GetMapping(PasswordResets.PATH)
	String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (!this.resets.isValid(token)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "security/reset-invalid";
		}
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", new PasswordForm());
		return RESET;
	}

	@PostMapping(PasswordResets.PATH)
	String reset(@RequestParam(required = false) String token, @Valid @ModelAttribute PasswordForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		if (!result.hasFieldErrors("newPassword") && !form.isConfirmed()) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			return RESET;
		}
		if (!this.resets.reset(token, form.getNewPassword())) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "security/reset-invalid";
		}
		return "redirect:/login?reset";
	}

}
