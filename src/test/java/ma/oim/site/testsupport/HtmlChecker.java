package ma.oim.site.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu and of {@code vnu.jar}), run in
 * the test JVM on a page's HTML as the server sent it. Only errors count; warnings are
 * ignored, as {@code vnu --errors-only} does.
 */
public final class HtmlChecker {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static SimpleDocumentValidator validator;

	private static final Collector collector = new Collector();

	private HtmlChecker() {
	}

	/** The checker's errors for this document, each as "line:column: message". */
	public static synchronized List<String> errors(String html) {
		try {
			if (validator == null) {
				SimpleDocumentValidator created = new SimpleDocumentValidator(false, false, false);
				created.setUpMainSchema(SCHEMA, collector);
				created.setUpValidatorAndParsers(collector, false, false);
				validator = created;
			}
			collector.errors.clear();
			validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
			return List.copyOf(collector.errors);
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The Nu Html Checker failed", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not load its schema", ex);
		}
	}

	/** Fails, listing every error and the lines they point at, unless the document is valid. */
	public static void assertValid(String name, String html) {
		List<String> errors = errors(html);
		if (!errors.isEmpty()) {
			String[] lines = html.split("\n", -1);
			StringBuilder report = new StringBuilder(name + ": the Nu Html Checker reports " + errors.size() + " error(s)");
			for (String error : errors) {
				report.append("\n  ").append(error);
				int line = Integer.parseInt(error.substring(0, error.indexOf(':')));
				if (line > 0 && line <= lines.length) {
					report.append("\n      | ").append(lines[line - 1].strip());
				}
			}
			throw new AssertionError(report.toString());
		}
	}

	private static final class Collector implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + exception.getMessage();
		}

	}

}
