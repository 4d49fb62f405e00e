package ma.oim.site.users;

/**
 * Something that happened to an account (a sign-in, a change by its owner or an
 * administrator), published inside the transaction that recorded it.
 *
 * @param actor who did it: the signed-in user, the email typed at a sign-in, or null
 * (the application itself)
 * @param account the email of the account concerned
 */
public record AccountEvent(Kind kind, String actor, String account, String details) {

	public enum Kind {

		LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, USER_CREATED, USER_ENABLED, USER_DISABLED,
		USER_ROLE_CHANGED, USER_PASSWORD_RESET, PASSWORD_CHANGED, ADMINISTRATOR_BOOTSTRAPPED, PASSWORD_RESET_REQUESTED,
		PASSWORD_RESET_BY_EMAIL, SESSION_ENDED, OTHER_SESSIONS_ENDED, SESSIONS_ENDED_BY_ADMINISTRATOR, PASSKEY_REGISTERED,
		PASSKEY_RENAMED, PASSKEY_REMOVED, PASSKEY_SIGN_IN, SETTING_CHANGED

	}

}
