package ma.oim.site.security;

import java.util.Optional;

import ma.oim.site.users.User;

/**
 * The email typed on the sign-in form, as sign-in compares it: none when nothing usable
 * was typed (blank, longer than an email can be, or with control characters such as NUL,
 * which PostgreSQL cannot store), so that such input is refused before it reaches a query.
 */
final class TypedEmail {

	static final int MAX_LENGTH = 320;

	private TypedEmail() {
	}

	static Optional<String> of(String typed) {
		if (typed == null || typed.isBlank() || typed.length() > MAX_LENGTH
				|| typed.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		return Optional.of(User.normalizeEmail(typed));
	}

}
