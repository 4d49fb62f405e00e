/**
 * The pages that gather the news around one subject: a thematic axis with its news, the
 * partners each with the news that names them. They stand above {@code news},
 * {@code axes} and {@code partners}, which they bring together.
 */
package ma.oim.site.topics;
