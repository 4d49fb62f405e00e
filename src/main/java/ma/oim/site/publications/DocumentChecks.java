package ma.oim.site.publications;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * An uploaded file checked by its content, never by its name: a PDF (opened and walked by
 * {@link PdfDocuments}: not encrypted, well formed, a sensible number of pages and
 * objects), or a DOCX, XLSX or ODT (a ZIP package with the parts of that format, and no
 * macros). Anything else is refused. The PDF checks run on two threads of their own, within
 * a time limit: a file built to keep the parser busy is refused, and never holds more than
 * those threads.
 */
@Component
class DocumentChecks implements DisposableBean {

	/** What the checks found: the format, and what the file says of itself. */
	record Checked(DocumentFormat format, Integer pages, String author, String software, String title) {
	}

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/** A package with more entries than this is not a document an editor wrote. */
	private static final int MAX_ZIP_ENTRIES = 10_000;

	/** Bytes read of the small XML parts that name the author and the software. */
	private static final int MAX_PART_BYTES = 64 * 1024;

	private static final Pattern CREATOR = Pattern
		.compile("<(?:dc:creator|meta:initial-creator)>([^<]{1,500})</(?:dc:creator|meta:initial-creator)>");

	private static final Pattern SOFTWARE = Pattern.compile("<(?:Application|meta:generator)>([^<]{1,500})</");

	private final PdfDocuments pdfs;

	private final PublicationProperties properties;

	private final ExecutorService pdfChecks = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>(8), (task) -> {
				Thread thread = new Thread(task, "publication-check");
				thread.setDaemon(true);
				return thread;
			});

	DocumentChecks(PdfDocuments pdfs, PublicationProperties properties) {
		this.pdfs = pdfs;
		this.properties = properties;
	}

	/** The largest file accepted, in bytes. */
	long maxFileSize() {
		return this.properties.maxFileSize().toBytes();
	}

	/** @throws DocumentRejectedException with the reason to show the editor */
	Checked check(Path file) throws DocumentRejectedException, IOException {
		long size = Files.size(file);
		if (size == 0) {
			throw new DocumentRejectedException("publication.file.empty");
		}
		if (size > this.properties.maxFileSize().toBytes()) {
			throw new DocumentRejectedException("publication.file.tooLarge", this.properties.maxFileSize().toMegabytes());
		}
		byte[] head = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (startsWith(head, read, PDF_MAGIC)) {
			PdfDocuments.Inspection pdf = inspectPdf(file);
			return new Checked(DocumentFormat.PDF, pdf.pages(), pdf.author(), pdf.software(), pdf.title());
		}
		if (startsWith(head, read, ZIP_MAGIC)) {
			return checkPackage(file);
		}
		throw new DocumentRejectedException("publication.file.unknownType");
	}

	private PdfDocuments.Inspection inspectPdf(Path file) throws DocumentRejectedException {
		Future<PdfDocuments.Inspection> inspection;
		try {
			inspection = this.pdfChecks.submit(() -> this.pdfs.inspect(file));
		}
		catch (RejectedExecutionException ex) {
			throw new DocumentRejectedException("publication.file.busy");
		}
		try {
			return inspection.get(this.properties.checkTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof DocumentRejectedException rejected) {
				throw rejected;
			}
			throw new DocumentRejectedException("publication.file.malformed");
		}
		catch (TimeoutException ex) {
			inspection.cancel(true);
			throw new DocumentRejectedException("publication.file.tooComplex");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DocumentRejectedException("publication.file.tooComplex");
		}
	}

	/**
	 * An Office Open XML or OpenDocument package, read as a stream of entries: only their
	 * names, and the few bytes of the parts that say what the package is and who wrote it.
	 */
	private Checked checkPackage(Path file) throws DocumentRejectedException {
		Set<String> names = new HashSet<>();
		String mimetype = null;
		String author = null;
		String software = null;
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (names.size() >= MAX_ZIP_ENTRIES) {
					throw new DocumentRejectedException("publication.file.tooComplex");
				}
				String name = entry.getName();
				names.add(name);
				if (name.endsWith("vbaProject.bin")) {
					throw new DocumentRejectedException("publication.file.activeContent");
				}
				if (name.equals("mimetype")) {
					mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
				}
				else if (name.equals("docProps/core.xml") || name.equals("docProps/app.xml") || name.equals("meta.xml")) {
					String xml = new String(zip.readNBytes(MAX_PART_BYTES), StandardCharsets.UTF_8);
					author = (author != null) ? author : first(CREATOR, xml);
					software = (software != null) ? software : first(SOFTWARE, xml);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new DocumentRejectedException("publication.file.malformed");
		}
		boolean openXml = names.contains("[Content_Types].xml");
		DocumentFormat format;
		if (openXml && names.contains("word/document.xml")) {
			format = DocumentFormat.DOCX;
		}
		else if (openXml && names.contains("xl/workbook.xml")) {
			format = DocumentFormat.XLSX;
		}
		else if (DocumentFormat.ODT.mediaType().equals(mimetype) && names.contains("content.xml")) {
			format = DocumentFormat.ODT;
		}
		else {
			throw new DocumentRejectedException("publication.file.unknownType");
		}
		return new Checked(format, null, author, software, null);
	}

	private static String first(Pattern pattern, String xml) {
		Matcher matcher = pattern.matcher(xml);
		return matcher.find() ? matcher.group(1).strip() : null;
	}

	private static boolean startsWith(byte[] head, int read, byte[] magic) {
		if (read < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void destroy() {
		this.pdfChecks.shutdownNow();
	}

}
