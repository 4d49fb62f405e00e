package ma.oim.site.news;

/**
 * A field beside the words that a review shows changed: its label (a message code) and
 * its value before and after, as the reviewer reads them.
 *
 * @param before null when there was no published version
 */
public record ReviewDetail(String label, String before, String after) {

}
