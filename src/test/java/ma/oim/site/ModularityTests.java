package ma.oim.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules (Spring Modulith): every package under {@code ma.oim.site}
 * is one. No cycle between them, and no access to another module's internals; each
 * module's diagram is written to docs/modules for docs/architecture.md.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(OimApplication.class);

	static final Path MAIN_CODE = Path.of("src/main/java/ma/oim/site");

	@Test
	void modulesFormNoCycleAndUseOnlyEachOthersPublicTypes() {
		MODULES.verify();
	}

	@Test
	void noModuleHoldsMoreThanAQuarterOfTheCode() throws IOException {
		Map<String, Long> linesByModule;
		try (Stream<Path> files = Files.walk(MAIN_CODE)) {
			linesByModule = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> file.getParent().startsWith(MAIN_CODE) && !file.getParent().equals(MAIN_CODE))
				.collect(Collectors.groupingBy((file) -> MAIN_CODE.relativize(file).getName(0).toString(),
						Collectors.summingLong(ModularityTests::lines)));
		}
		long total = linesByModule.values().stream().mapToLong(Long::longValue).sum();
		assertThat(linesByModule).as("lines of each module, of %d", total)
			.allSatisfy((module, lines) -> assertThat(lines).as(module).isLessThanOrEqualTo(total / 4));
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of("docs/modules/components.puml")).exists();
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
