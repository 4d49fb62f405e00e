/**
 * Publications: reports, factsheets, studies, press kits and calls, a text and a file per
 * language. The public list and pages, the downloads, the back office's screens, the checks
 * of uploaded files and the extraction of PDFs' text for search, after the upload commits.
 */
package ma.oim.site.publications;
