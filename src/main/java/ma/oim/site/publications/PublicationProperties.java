package ma.oim.site.publications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the publications' files ({@code oim.publications.*}).
 *
 * @param maxFileSize the largest file accepted (the multipart limits sit a little above it)
 * @param maxPages a PDF with more pages is refused
 * @param maxObjects a PDF with more objects in its cross-reference table is refused
 * @param checkTimeout how long the checks of an upload may take before it is refused
 * @param pdfMemory main memory PDFBox may use per document; beyond it, a temporary file
 * @param pdfTempFile the most that temporary file may hold
 * @param extractionTimeout how long extracting a file's text may take
 * @param maxTextCharacters text kept for search, at most (the rest is not indexed)
 */
@ConfigurationProperties("oim.publications")
record PublicationProperties(DataSize maxFileSize, int maxPages, int maxObjects, Duration checkTimeout,
		DataSize pdfMemory, DataSize pdfTempFile, Duration extractionTimeout, int maxTextCharacters) {

	PublicationProperties {
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(50);
		maxPages = (maxPages > 0) ? maxPages : 2000;
		maxObjects = (maxObjects > 0) ? maxObjects : 500_000;
		checkTimeout = (checkTimeout != null) ? checkTimeout : Duration.ofSeconds(15);
		pdfMemory = (pdfMemory != null) ? pdfMemory : DataSize.ofMegabytes(16);
		pdfTempFile = (pdfTempFile != null) ? pdfTempFile : DataSize.ofMegabytes(256);
		extractionTimeout = (extractionTimeout != null) ? extractionTimeout : Duration.ofSeconds(60);
		maxTextCharacters = (maxTextCharacters > 0) ? maxTextCharacters : 300_000;
	}

}
