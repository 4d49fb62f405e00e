package ma.oim.site.admin;

import java.security.Principal;

import ma.oim.site.users.Role;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;
import ma.oim.site.web.BackOffice;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the back-office layout. */
@ControllerAdvice(annotations = BackOffice.class)
class AccountModelAdvice {

	/** The signed-in account as the layout shows it; a contributor sees only the articles and their account. */
	record Account(String displayName, String email, boolean administrator, boolean contributor) {
	}

	private final UserService users;

	AccountModelAdvice(UserService users) {
		this.users = users;
	}

	@ModelAttribute("account")
	Account account(Principal principal) {
		if (principal == null) {
			return null;
		}
		return this.users.byEmail(principal.getName())
			.map((User user) -> new Account(user.getDisplayName(), user.getEmail(), user.getRole() == Role.ADMIN,
					user.getRole() == Role.CONTRIBUTOR))
			.orElse(null);
	}

}
