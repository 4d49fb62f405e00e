package ma.oim.site.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ma.oim.site.users.AccountEvent.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of editors and administrators; every change is announced as an {@link AccountEvent}. */
@Service
@Transactional
public class UserService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FindByIndexNameSessionRepository<?> sessions;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
			FindByIndexNameSessionRepository<?> sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<User> all() {
		return this.users.findAllByOrderByDisplayNameAsc();
	}

	/** The enabled accounts that review others' work: editors and administrators. */
	@Transactional(readOnly = true)
	public List<User> reviewers() {
		return this.users.findAllByOrderByDisplayNameAsc()
			.stream()
			.filter((user) -> user.isEnabled() && user.getRole().reviews())
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<User> byId(long id) {
		return this.users.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<User> byEmail(String email) {
		return this.users.findByEmail(User.normalizeEmail(email));
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return byEmail(email).isPresent();
	}

	public User create(NewUserForm form, String actor) {
		User user = this.users.save(new User(form.getEmail(), form.getDisplayName().strip(),
				this.passwordEncoder.encode(form.getPassword()), form.getRole(), this.clock.instant()));
		audited(Kind.USER_CREATED, actor, user.getEmail(), "role=" + user.getRole());
		return user;
	}

	public void setEnabled(User user, boolean enabled, String actor) {
		user.setEnabled(enabled);
		this.users.save(user);
		int ended = enabled ? 0 : endSessions(user);
		audited(enabled ? Kind.USER_ENABLED : Kind.USER_DISABLED, actor, user.getEmail(),
				enabled ? null : "sessions ended: " + ended);
	}

	public void changeRole(User user, Role role, String actor) {
		Role previous = user.getRole();
		user.setRole(role);
		this.users.save(user);
		audited(Kind.USER_ROLE_CHANGED, actor, user.getEmail(), previous + " -> " + role);
		endSessions(user);
	}

	public void resetPassword(User user, String password, String actor) {
		user.setPasswordHash(this.passwordEncoder.encode(password));
		user.unlock();
		this.users.save(user);
		audited(Kind.USER_PASSWORD_RESET, actor, user.getEmail(), null);
		endSessions(user);
		this.events.publishEvent(new AccountUnlocked(user.getEmail()));
	}

	/** Lifts the slowing down of sign-ins to the account (and a lock left from before throttling). */
	public void unlock(User user, String actor) {
		user.unlock();
		this.users.save(user);
		audited(Kind.ACCOUNT_UNLOCKED, actor, user.getEmail(), null);
		this.events.publishEvent(new AccountUnlocked(user.getEmail()));
	}

	/** The owner chose a new password through an emailed link: every session of the account ends. */
	void passwordResetByEmail(User user, String passwordHash) {
		user.setPasswordHash(passwordHash);
		user.unlock();
		this.users.save(user);
		int ended = endSessions(user);
		audited(Kind.PASSWORD_RESET_BY_EMAIL, user.getEmail(), user.getEmail(), "sessions ended: " + ended);
		this.events.publishEvent(new AccountUnlocked(user.getEmail()));
	}

	/** Answers false, changing nothing, when {@code currentPassword} is wrong. */
	public boolean changeOwnPassword(String email, String currentPassword, String newPassword) {
		User user = this.users.findByEmail(User.normalizeEmail(email)).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			return false;
		}
		user.setPasswordHash(this.passwordEncoder.encode(newPassword));
		this.users.save(user);
		audited(Kind.PASSWORD_CHANGED, user.getEmail(), user.getEmail(), null);
		return true;
	}

	public void loginSucceeded(String email) {
		this.users.findByEmailForUpdate(User.normalizeEmail(email)).ifPresent((user) -> {
			user.succeededLogin(this.clock.instant());
			audited(Kind.LOGIN_SUCCESS, user.getEmail(), user.getEmail(), null);
		});
	}

	/** A passkey opened the account's session (no password typed). */
	public void signedInWithPasskey(String email) {
		this.users.findByEmailForUpdate(User.normalizeEmail(email)).ifPresent((user) -> {
			user.succeededLogin(this.clock.instant());
			audited(Kind.PASSKEY_SIGN_IN, user.getEmail(), user.getEmail(), null);
		});
	}

	/**
	 * Records a failed sign-in. Nothing is locked: the sign-in throttle slows the sender
	 * down instead, so that nobody can lock an owner out of their account.
	 */
	public void loginFailed(String typedEmail, String reason) {
		String email = User.normalizeEmail(typedEmail);
		boolean exists = this.users.findByEmail(email).isPresent();
		audited(Kind.LOGIN_FAILURE, email, email, exists ? reason : "unknown account");
	}

	private void audited(Kind kind, String actor, String account, String details) {
		this.events.publishEvent(new AccountEvent(kind, actor, account, details));
	}

	/** Signs the user out everywhere: sessions live in the database, shared by every node. */
	int endSessions(User user) {
		var ids = this.sessions.findByPrincipalName(user.getEmail()).keySet();
		ids.forEach(this.sessions::deleteById);
		return ids.size();
	}

}
