package ma.oim.site.publications;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Extracts the text of stored PDFs (for search, in the file's language: the generated
 * {@code search_vector} reads it with that language's configuration) and draws their
 * first page (the cover, when the editor gave none). It runs after the upload commits, on
 * one thread of its own, never on the editor's request. The state is in the file's row:
 * a node claims a file by turning it from PENDING to RUNNING, so two nodes never do the
 * same work, and a node that stops mid-way leaves a RUNNING row that any node takes back
 * at its start once {@link #ABANDONED} has passed. A file that fails stays published; its
 * row says why search cannot read it.
 */
@Component
class TextExtraction implements DisposableBean {

	/** A file claimed longer ago than this was abandoned by a node that stopped. */
	static final Duration ABANDONED = Duration.ofMinutes(10);

	private static final Logger logger = LoggerFactory.getLogger(TextExtraction.class);

	private final JdbcClient jdbc;

	private final DocumentStore store;

	private final PdfDocuments pdfs;

	private final PublicationProperties properties;

	private final Clock clock;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>(1000), (task) -> {
				Thread thread = new Thread(task, "publication-extraction");
				thread.setDaemon(true);
				return thread;
			});

	TextExtraction(JdbcClient jdbc, DocumentStore store, PdfDocuments pdfs, PublicationProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.pdfs = pdfs;
		this.properties = properties;
		this.clock = clock;
	}

	@TransactionalEventListener
	void on(DocumentStored stored) {
		submit(stored.fileId());
	}

	/** Files left waiting by a stop (this node's or another's) are taken up again. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeWaiting() {
		List<Long> waiting = this.jdbc.sql("""
				select id from publication_file
				where extraction_status = 'PENDING' or (extraction_status = 'RUNNING' and extraction_started_at < ?)
				order by id""")
			.param(PublicationEditing.utc(this.clock.instant().minus(ABANDONED)))
			.query(Long.class)
			.list();
		waiting.forEach(this::submit);
	}

	private void submit(long fileId) {
		try {
			this.executor.execute(() -> extract(fileId));
		}
		catch (RejectedExecutionException ex) {
			// The row stays PENDING: the next start of a node takes it up.
			logger.warn("Text extraction of publication file {} postponed: too many waiting", fileId);
		}
	}

	void extract(long fileId) {
		Long size = claim(fileId);
		if (size == null) {
			return;
		}
		Path copy = null;
		try {
			copy = Files.createTempFile("publication-", ".pdf");
			boolean complete;
			try (OutputStream out = Files.newOutputStream(copy)) {
				complete = this.store.copy(fileId, size, out);
			}
			if (!complete) {
				return;
			}
			long deadline = System.nanoTime() + this.properties.extractionTimeout().toNanos();
			PdfDocuments.Extraction extraction = this.pdfs.extract(copy, deadline);
			boolean hasText = extraction.text().codePoints().anyMatch(Character::isLetterOrDigit);
			this.jdbc.sql("""
					update publication_file set extraction_status = ?, extraction_problem = ?, extracted_text = ?,
					    cover_jpeg = ?, extracted_at = ?
					where id = ? and extraction_status = 'RUNNING'""")
				.params(hasText ? "DONE" : "FAILED", hasText ? null : "publication.extraction.noText", extraction.text(),
						extraction.coverJpeg(), PublicationEditing.utc(this.clock.instant()), fileId)
				.update();
		}
		catch (PdfDocuments.ExtractionFailed ex) {
			fail(fileId, ex.reason());
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Text extraction of publication file {} failed", fileId, ex);
			fail(fileId, "publication.extraction.unreadable");
		}
		finally {
			if (copy != null) {
				try {
					Files.deleteIfExists(copy);
				}
				catch (IOException ex) {
					logger.warn("Could not delete {}", copy, ex);
				}
			}
		}
	}

	/** The file's size when this node claimed it, or null when another has it or it is gone. */
	private Long claim(long fileId) {
		return this.jdbc.sql("""
				update publication_file set extraction_status = 'RUNNING', extraction_started_at = ?
				where id = ? and (extraction_status = 'PENDING'
				    or (extraction_status = 'RUNNING' and extraction_started_at < ?))
				returning size_bytes""")
			.params(PublicationEditing.utc(this.clock.instant()), fileId,
					PublicationEditing.utc(this.clock.instant().minus(ABANDONED)))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private void fail(long fileId, String reason) {
		this.jdbc.sql("""
				update publication_file set extraction_status = 'FAILED', extraction_problem = ?, extracted_at = ?
				where id = ? and extraction_status = 'RUNNING'""")
			.params(reason, PublicationEditing.utc(this.clock.instant()), fileId)
			.update();
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
