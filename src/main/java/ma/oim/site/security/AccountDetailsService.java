package ma.oim.site.security;

import java.time.Clock;

import ma.oim.site.users.User;
import ma.oim.site.users.UserService;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Sign-in reads accounts from PostgreSQL, in a short read-only transaction that ends
 * before the password is hashed; a disabled account is refused.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserService users;

	private final Clock clock;

	AccountDetailsService(UserService users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		User user = TypedEmail.of(email)
			.flatMap(this.users::byEmail)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return org.springframework.security.core.userdetails.User.withUsername(user.getEmail())
			.password(user.getPasswordHash())
			.authorities(user.getRole().authority())
			.disabled(!user.isEnabled())
			.accountLocked(user.isLockedAt(this.clock.instant()))
			.build();
	}

}
