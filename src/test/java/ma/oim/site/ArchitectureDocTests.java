package ma.oim.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/architecture.md describes the code as it is: every class it names in code type
 * exists, and every module it lists is a package of the application.
 */
class ArchitectureDocTests {

	static final Path DOC = Path.of("docs/architecture.md");

	/** Classes of the libraries the document names. */
	static final Set<String> LIBRARY_CLASSES = Set.of("ApplicationModules", "Clock", "JdbcClient");

	/** {@code Name}, {@code module.Name} or {@code Name.member} in code type. */
	static final Pattern CLASS = Pattern.compile("`(?:[a-z]+\\.)*([A-Z][A-Za-z]+)(?:\\.[A-Za-z]+)?(?:\\(\\))?`");

	static final Pattern MODULE_ROW = Pattern.compile("^\\| `([a-z]+)` \\|", Pattern.MULTILINE);

	@Test
	void everyClassItNamesExists() throws IOException {
		String doc = Files.readString(DOC);
		List<String> sources;
		try (Stream<Path> files = Files.walk(Path.of("src"))) {
			sources = files.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith(".java")).toList();
		}
		Matcher named = CLASS.matcher(doc);
		int checked = 0;
		while (named.find()) {
			String name = named.group(1);
			if (LIBRARY_CLASSES.contains(name) || name.equals(name.toUpperCase())) {
				continue;
			}
			assertThat(sources).as("class %s named in %s", name, DOC).contains(name + ".java");
			checked++;
		}
		assertThat(checked).as("classes named").isGreaterThan(30);
	}

	@Test
	void everyModuleItListsIsAPackage() throws IOException {
		Matcher row = MODULE_ROW.matcher(Files.readString(DOC));
		int modules = 0;
		while (row.find()) {
			assertThat(Path.of("src/main/java/ma/oim/site", row.group(1))).as("module %s", row.group(1)).isDirectory();
			modules++;
		}
		assertThat(modules).as("modules listed").isGreaterThanOrEqualTo(15);
	}

}
