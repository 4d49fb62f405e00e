package ma.oim.site.security;

/**
 * Sign-ins started being slowed down for an address or an account, announced once per
 * quarter of an hour and node for each.
 *
 * @param account the email typed, or null
 * @param byAddress whether the address is slowed down, rather than the account
 */
public record SignInThrottled(String account, String address, boolean byAddress, String details) {

}
