package ma.oim.site.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the content of record as delivered (copies of shared/seeds in
 * src/test/resources/seeds), so tests compare the site against the source, not
 * against a second copy of the text.
 */
public final class SeedFiles {

	/** A news item of the seed: its title, date and paragraphs, as written. */
	public record SeedArticle(String title, LocalDate date, List<String> paragraphs) {
	}

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private SeedFiles() {
	}

	/** The ten dated news items of 002_dd9de41f5cbffa46.txt: title, blank, date, blank, paragraph. */
	public static List<SeedArticle> newsItems() {
		List<String> lines = nonBlankLines("002_dd9de41f5cbffa46.txt");
		List<SeedArticle> articles = new ArrayList<>();
		for (int i = 1; i + 2 < lines.size(); i += 3) {
			articles.add(new SeedArticle(lines.get(i), LocalDate.parse(lines.get(i + 1), US_DATE),
					List.of(lines.get(i + 2))));
		}
		return articles;
	}

	/** The study-visit article at the end of 000_63b6e6fbe49bac5e.txt: a title and four paragraphs. */
	public static SeedArticle studyVisit() {
		List<String> lines = nonBlankLines("000_63b6e6fbe49bac5e.txt");
		int title = lines.size() - 5;
		return new SeedArticle(lines.get(title), null, lines.subList(title + 1, lines.size()));
	}

	/** The text of a page of 000_63b6e6fbe49bac5e.txt, given the heading glued before it. */
	public static String pageIntro(String heading) {
		return nonBlankLines("000_63b6e6fbe49bac5e.txt").stream()
			.filter((line) -> line.startsWith(heading) && line.length() > heading.length() + 20)
			.map((line) -> line.substring(heading.length()))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> nonBlankLines(String file) {
		try (InputStream in = SeedFiles.class.getResourceAsStream("/seeds/" + file)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return Arrays.stream(text.split("\n")).filter((line) -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
