package ma.oim.site.publications;

import ma.oim.site.i18n.Language;

/**
 * A file of a publication as its page offers it for download.
 *
 * @param path where it is downloaded
 * @param size its size, written for the reader ("1,2 Mo")
 * @param pages its page count, or null when not known (not a PDF)
 */
public record DocumentLink(long id, Language language, String path, String mediaType, String format, long bytes,
		String size, Integer pages) {

}
