package ma.oim.site.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

import ma.oim.site.partners.PartnerKind;
import ma.oim.site.users.Role;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the back-office layout. */
@ControllerAdvice(annotations = BackOffice.class)
class BackOfficeModelAdvice {

	/** The signed-in account as the layout shows it. */
	record Account(String displayName, String email, boolean administrator) {
	}

	private final UserService users;

	private final Clock clock;

	BackOfficeModelAdvice(UserService users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@ModelAttribute("kinds")
	PartnerKind[] kinds() {
		return PartnerKind.values();
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	/** The time pages compare with (account locks), from the application's clock. */
	@ModelAttribute("now")
	Instant now() {
		return this.clock.instant();
	}

	@ModelAttribute("account")
	Account account(Principal principal) {
		if (principal == null) {
			return null;
		}
		return this.users.byEmail(principal.getName())
			.map((User user) -> new Account(user.getDisplayName(), user.getEmail(), user.getRole() == Role.ADMIN))
			.orElse(null);
	}

}
