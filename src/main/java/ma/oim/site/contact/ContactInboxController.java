package ma.oim.site.contact;

import java.security.Principal;

import ma.oim.site.users.User;
import ma.oim.site.users.UserService;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's inbox of contact messages (editors and administrators, see SecurityConfiguration). */
@Controller
@BackOffice
class ContactInboxController {

	private final ContactInbox inbox;

	private final ContactMessages messages;

	private final UserService users;

	ContactInboxController(ContactInbox inbox, ContactMessages messages, UserService users) {
		this.inbox = inbox;
		this.messages = messages;
		this.users = users;
	}

	@GetMapping("/admin/contact")
	String list(@RequestParam(defaultValue = "unread") String list, PageNumber page, Principal principal,
			Model model) {
		InboxList shown = InboxList.fromParameter(list).orElseThrow(BadRequestException::new);
		model.addAttribute("lists", InboxList.values());
		model.addAttribute("shown", shown);
		model.addAttribute("inbox", this.inbox.list(shown, principal.getName(), page));
		return "admin/contact/list";
	}

	@GetMapping("/admin/contact/{id}")
	String message(@PathVariable long id, Model model) {
		model.addAttribute("message", this.inbox.message(id).orElseThrow(NotFoundException::new));
		model.addAttribute("assignees", this.users.all().stream().filter(User::isEnabled).toList());
		return "admin/contact/message";
	}

	@PostMapping("/admin/contact/{id}/read")
	String read(@PathVariable long id, @RequestParam boolean read, Principal principal, RedirectAttributes redirect) {
		this.messages.markRead(id, read, principal.getName());
		redirect.addFlashAttribute("notice", read ? "contact.inbox.markedRead" : "contact.inbox.markedUnread");
		return "redirect:/admin/contact/" + id;
	}

	@PostMapping("/admin/contact/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long user, Principal principal,
			RedirectAttributes redirect) {
		this.messages.assign(id, user, principal.getName());
		redirect.addFlashAttribute("notice", (user != null) ? "contact.inbox.assigned" : "contact.inbox.unassigned");
		return "redirect:/admin/contact/" + id;
	}

	@PostMapping("/admin/contact/{id}/archive")
	String archive(@PathVariable long id, @RequestParam boolean archived, Principal principal,
			RedirectAttributes redirect) {
		this.messages.archive(id, archived, principal.getName());
		redirect.addFlashAttribute("notice", archived ? "contact.inbox.archived" : "contact.inbox.unarchived");
		return "redirect:/admin/contact/" + id;
	}

}
