package ma.oim.site.users;

/** An administrator lifted the throttling of sign-ins to the account (or reset its password). */
public record AccountUnlocked(String email) {

}
