package ma.oim.site.security;

/**
 * A signed-in account was refused something its role does not allow (a contributor's
 * forged publish, an editor on an administrator's page): the audit log keeps a line.
 *
 * @param request the method and path asked for
 * @param reason why, when the code that refused said so
 */
public record AccessRefused(String actor, String request, String reason) {

}
