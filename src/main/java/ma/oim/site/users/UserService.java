package ma.oim.site.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ma.oim.site.audit.AuditAction;
import ma.oim.site.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of editors and administrators; every change is written to the audit log. */
@Service
@Transactional
public class UserService {

	static final String TARGET = "user";

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final ApplicationEventPublisher events;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
			FindByIndexNameSessionRepository<?> sessions, ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<User> all() {
		return this.users.findAllByOrderByDisplayNameAsc();
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
		this.audit.record(actor, AuditAction.USER_CREATED, TARGET, user.getEmail(), "role=" + user.getRole());
		return user;
	}

	public void setEnabled(User user, boolean enabled, String actor) {
		user.setEnabled(enabled);
		this.users.save(user);
		this.audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, TARGET,
				user.getEmail(), null);
		if (!enabled) {
			endSessions(user);
		}
	}

	public void changeRole(User user, Role role, String actor) {
		Role previous = user.getRole();
		user.setRole(role);
		this.users.save(user);
		this.audit.record(actor, AuditAction.USER_ROLE_CHANGED, TARGET, user.getEmail(), previous + " -> " + role);
		endSessions(user);
	}

	public void resetPassword(User user, String password, String actor) {
		user.setPasswordHash(this.passwordEncoder.encode(password));
		user.unlock();
		this.users.save(user);
		this.audit.record(actor, AuditAction.USER_PASSWORD_RESET, TARGET, user.getEmail(), null);
		endSessions(user);
		this.events.publishEvent(new AccountUnlocked(user.getEmail()));
	}

	/** Lifts the slowing down of sign-ins to the account (and a lock left from before throttling). */
	public void unlock(User user, String actor) {
		user.unlock();
		this.users.save(user);
		this.audit.record(actor, AuditAction.ACCOUNT_UNLOCKED, TARGET, user.getEmail(), null);
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
		this.audit.record(user.getEmail(), AuditAction.PASSWORD_CHANGED, TARGET, user.getEmail(), null);
		return true;
	}

	public void loginSucceeded(String email) {
		this.users.findByEmailForUpdate(User.normalizeEmail(email)).ifPresent((user) -> {
			user.succeededLogin(this.clock.instant());
			this.audit.record(user.getEmail(), AuditAction.LOGIN_SUCCESS, TARGET, user.getEmail(), null);
		});
	}

	/**
	 * Records a failed sign-in. Nothing is locked: the sign-in throttle slows the sender
	 * down instead, so that nobody can lock an owner out of their account.
	 */
	public void loginFailed(String typedEmail, String reason) {
		String email = User.normalizeEmail(typedEmail);
		boolean exists = this.users.findByEmail(email).isPresent();
		this.audit.record(email, AuditAction.LOGIN_FAILURE, TARGET, email, exists ? reason : "unknown account");
	}

	/** Signs the user out everywhere: sessions live in the database, shared by every node. */
	private void endSessions(User user) {
		this.sessions.findByPrincipalName(user.getEmail()).keySet().forEach(this.sessions::deleteById);
	}

}
