package ma.oim.site.users;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;

import ma.oim.site.web.BackOffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My sessions": the signed-in user's open sessions, each of which they can end. */
@Controller
@BackOffice
class SessionsController {

	private final AccountSessions sessions;

	private final UserService users;

	SessionsController(AccountSessions sessions, UserService users) {
		this.sessions = sessions;
		this.users = users;
	}

	@GetMapping("/admin/account/sessions")
	String list(Principal principal, HttpSession session, Model model) {
		model.addAttribute("sessions", this.sessions.of(principal.getName(), session.getId()));
		return "admin/account/sessions";
	}

	@PostMapping("/admin/account/sessions/end")
	String end(@RequestParam(required = false) String session, Principal principal, HttpSession current,
			RedirectAttributes redirect) {
		boolean ended = session != null && session.length() <= 64
				&& this.sessions.end(principal.getName(), session, current.getId());
		redirect.addFlashAttribute(ended ? "notice" : "problem", ended ? "sessions.ended" : "sessions.unknown");
		return "redirect:/admin/account/sessions";
	}

	@PostMapping("/admin/account/sessions/end-others")
	String endOthers(Principal principal, HttpSession current, RedirectAttributes redirect) {
		this.sessions.endOthers(principal.getName(), current.getId());
		redirect.addFlashAttribute("notice", "sessions.othersEnded");
		return "redirect:/admin/account/sessions";
	}

	/** Administrators only (SecurityConfiguration: /admin/users/**). */
	@PostMapping("/admin/users/{id}/sessions/end")
	String endAll(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		User user = this.users.byId(id).orElseThrow(ma.oim.site.web.NotFoundException::new);
		this.sessions.endAll(user.getEmail(), principal.getName());
		redirect.addFlashAttribute("notice", "sessions.allEnded");
		return "redirect:/admin/users/" + id;
	}

}
