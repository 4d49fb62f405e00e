package ma.oim.site.publications;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import ma.oim.site.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounds of PDF reading: pages, deadline, text kept; and what a good file gives. */
class PdfDocumentsTests {

	@TempDir
	Path folder;

	PdfDocuments pdfs(int maxPages, int maxText) {
		return new PdfDocuments(new PublicationProperties(DataSize.ofMegabytes(50), maxPages, 1000, Duration.ofSeconds(5),
				DataSize.ofMegabytes(4), DataSize.ofMegabytes(16), Duration.ofSeconds(5), maxText));
	}

	Path file(byte[] bytes) throws Exception {
		return Files.write(Files.createTempFile(this.folder, "test", ".pdf"), bytes);
	}

	@Test
	void extractsTheTextOfEveryPageAndDrawsTheFirstAsACover() throws Exception {
		PdfDocuments.Extraction extraction = pdfs(10, 1000)
			.extract(file(TestPdfs.withText("Premier feuillet", "Second feuillet")), System.nanoTime() + 5_000_000_000L);
		assertThat(extraction.text()).contains("Premier feuillet", "Second feuillet");
		assertThat(ImageIO.read(new ByteArrayInputStream(extraction.coverJpeg())).getWidth())
			.isEqualTo(PdfDocuments.COVER_WIDTH);
	}

	@Test
	void stopsAtItsDeadline() throws Exception {
		assertThatThrownBy(() -> pdfs(10, 1000).extract(file(TestPdfs.withText("Texte")), System.nanoTime() - 1))
			.isInstanceOf(PdfDocuments.ExtractionFailed.class)
			.hasMessage("publication.extraction.timeout");
	}

	@Test
	void keepsAtMostTheConfiguredText() throws Exception {
		PdfDocuments.Extraction extraction = pdfs(10, 20)
			.extract(file(TestPdfs.withText("Un texte bien plus long que vingt caractères")), System.nanoTime() + 5_000_000_000L);
		assertThat(extraction.text()).hasSize(20);
	}

	@Test
	void refusesMorePagesThanAllowedAndCountsThePagesOfAGoodFile() throws Exception {
		assertThatThrownBy(() -> pdfs(2, 1000).inspect(file(TestPdfs.withText("1", "2", "3"))))
			.isInstanceOf(DocumentRejectedException.class)
			.hasMessage("publication.file.tooManyPages");
		PdfDocuments.Inspection inspection = pdfs(3, 1000).inspect(file(TestPdfs.withText("1", "2", "3")));
		assertThat(inspection.pages()).isEqualTo(3);
		assertThat(inspection.author()).isEqualTo("Jeanne Rédactrice");
		assertThat(inspection.software()).startsWith("Traitement de texte 7");
	}

	@Test
	void refusesAPdfWithMoreObjectsThanAllowed() throws Exception {
		PdfDocuments few = new PdfDocuments(new PublicationProperties(DataSize.ofMegabytes(50), 10, 2,
				Duration.ofSeconds(5), DataSize.ofMegabytes(4), DataSize.ofMegabytes(16), Duration.ofSeconds(5), 1000));
		assertThatThrownBy(() -> few.inspect(file(TestPdfs.withText("Texte"))))
			.isInstanceOf(DocumentRejectedException.class)
			.hasMessage("publication.file.tooComplex");
	}

}
