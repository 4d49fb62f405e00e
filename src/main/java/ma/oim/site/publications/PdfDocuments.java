package ma.oim.site.publications;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.stereotype.Component;

/**
 * PDFs through Apache PDFBox, bounded: each document gets at most
 * {@code oim.publications.pdf-memory} of main memory and a temporary file of
 * {@code pdf-temp-file} for its streams, no more than {@code max-pages} pages are read, and
 * extraction stops at its deadline (checked at every page) or once it has
 * {@code max-text-characters}.
 */
@Component
class PdfDocuments {

	/** Width of a cover rendered from a first page, in pixels. */
	static final int COVER_WIDTH = 400;

	/** What a PDF says of itself, as the checks found it. */
	record Inspection(int pages, String author, String software, String title) {
	}

	/** The text of a document and its first page as an image (null when it could not be drawn). */
	record Extraction(String text, byte[] coverJpeg) {
	}

	/** Extraction stopped: the code says why search cannot read the file. */
	static class ExtractionFailed extends IOException {

		private final String reason;

		ExtractionFailed(String reason) {
			super(reason);
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

	private final PublicationProperties properties;

	PdfDocuments(PublicationProperties properties) {
		this.properties = properties;
	}

	/**
	 * Opens the file and reads its structure: every object of its cross-reference table is
	 * parsed once (PDFBox refuses nesting deeper than it can parse), its pages are counted.
	 * @throws DocumentRejectedException encrypted, malformed, too many pages or objects
	 */
	Inspection inspect(Path file) throws DocumentRejectedException {
		try (PDDocument document = open(file)) {
			if (document.isEncrypted()) {
				throw new DocumentRejectedException("publication.file.encrypted");
			}
			Map<COSObjectKey, Long> objects = document.getDocument().getXrefTable();
			if (objects.size() > this.properties.maxObjects()) {
				throw new DocumentRejectedException("publication.file.tooComplex");
			}
			for (Map.Entry<COSObjectKey, Long> entry : objects.entrySet()) {
				COSObject object = document.getDocument().getObjectFromPool(entry.getKey());
				COSBase parsed = object.getObject();
				// An object listed in use that cannot be parsed: broken, or nested beyond reason.
				if (parsed == null && entry.getValue() != null && entry.getValue() != 0) {
					throw new DocumentRejectedException("publication.file.malformed");
				}
			}
			int pages = document.getNumberOfPages();
			if (pages < 1) {
				throw new DocumentRejectedException("publication.file.malformed");
			}
			if (pages > this.properties.maxPages()) {
				throw new DocumentRejectedException("publication.file.tooManyPages", this.properties.maxPages());
			}
			PDDocumentInformation info = document.getDocumentInformation();
			String software = join(info.getCreator(), info.getProducer());
			return new Inspection(pages, clean(info.getAuthor()), software, clean(info.getTitle()));
		}
		catch (InvalidPasswordException ex) {
			throw new DocumentRejectedException("publication.file.encrypted");
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			throw new DocumentRejectedException("publication.file.malformed");
		}
	}

	/**
	 * The text, page by page, and the first page drawn.
	 * @param deadlineNanos when to stop, as {@link System#nanoTime} counts (wall time, not the site's clock)
	 * @throws ExtractionFailed past the deadline, or unreadable
	 */
	Extraction extract(Path file, long deadlineNanos) throws ExtractionFailed {
		try (PDDocument document = open(file)) {
			BoundedStripper stripper = new BoundedStripper(deadlineNanos);
			stripper.setSortByPosition(true);
			stripper.setEndPage(this.properties.maxPages());
			StringWriter text = new StringWriter();
			stripper.writeText(document, text);
			byte[] cover = cover(document);
			String extracted = text.toString().replace('\u0000', ' ');
			if (extracted.length() > this.properties.maxTextCharacters()) {
				extracted = extracted.substring(0, this.properties.maxTextCharacters());
			}
			return new Extraction(extracted, cover);
		}
		catch (ExtractionFailed ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			throw new ExtractionFailed("publication.extraction.unreadable");
		}
	}

	private byte[] cover(PDDocument document) throws IOException {
		PDPage first = document.getPage(0);
		PDRectangle box = first.getCropBox();
		float width = Math.max(1, (first.getRotation() % 180 == 0) ? box.getWidth() : box.getHeight());
		// Scale 1 is one pixel per point (72 dpi); a huge page is drawn smaller, never larger.
		float scale = Math.min(4f, COVER_WIDTH / width);
		BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", jpeg);
		return jpeg.toByteArray();
	}

	private PDDocument open(Path file) throws IOException {
		MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(this.properties.pdfMemory().toBytes(),
				this.properties.pdfTempFile().toBytes());
		return Loader.loadPDF(file.toFile(), "", memory.streamCache);
	}

	private static String join(String creator, String producer) {
		String first = clean(creator);
		String second = clean(producer);
		if (first == null) {
			return second;
		}
		return (second == null || second.equals(first)) ? first : first + " / " + second;
	}

	private static String clean(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.replaceAll("\\p{Cntrl}", " ").strip();
		return (stripped.length() > 500) ? stripped.substring(0, 500) : stripped;
	}

	/** Stops at the deadline (of {@link System#nanoTime}), checked at the start of every page. */
	private static final class BoundedStripper extends PDFTextStripper {

		private final long deadlineNanos;

		BoundedStripper(long deadlineNanos) {
			this.deadlineNanos = deadlineNanos;
		}

		@Override
		protected void startPage(PDPage page) throws IOException {
			if (System.nanoTime() - this.deadlineNanos > 0) {
				throw new ExtractionFailed("publication.extraction.timeout");
			}
			super.startPage(page);
		}

	}

}
