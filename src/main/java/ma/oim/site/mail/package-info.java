/**
 * Email: messages other modules ask for ({@link ma.oim.site.mail.OutgoingMail}), written
 * in the recipient's language from the message bundles and sent over SMTP after the
 * transaction that asked for them commits.
 */
package ma.oim.site.mail;
