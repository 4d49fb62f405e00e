/**
 * Contact: the public contact page (the office, a map link, press contacts, a form) and
 * the team's inbox in the back office. Messages are stored in PostgreSQL and announced to
 * the team by email; spam is kept out without any outside service (a honeypot field, a
 * signed timestamp, rate limits per client address and per sender).
 */
package ma.oim.site.contact;
