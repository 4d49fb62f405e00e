package ma.oim.site.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When no database is configured, starts a real, embedded PostgreSQL (once per JVM)
 * and points the application at it. It lives on the test classpath only, so the
 * production jar carries no database binaries. The dev run keeps its data in a
 * directory that survives restarts ({@value #DATA_DIRECTORY_PROPERTY}); tests get a
 * fresh one.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	public static final String DATA_DIRECTORY_PROPERTY = "oim.embedded-database.directory";

	/** Set by the tests, so that they never run against a database exported in the shell. */
	public static final String ALWAYS_PROPERTY = "oim.embedded-database.always";

	private static EmbeddedPostgres database;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")
				&& !environment.getProperty(ALWAYS_PROPERTY, Boolean.class, false)) {
			return;
		}
		EmbeddedPostgres postgres = start(environment.getProperty(DATA_DIRECTORY_PROPERTY));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
							"spring.datasource.username", "postgres", "spring.datasource.password", "")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The JVM's embedded database, started on first use. */
	public static synchronized EmbeddedPostgres start(String dataDirectory) {
		if (database == null) {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setServerConfig("timezone", "UTC")
					.setServerConfig("max_connections", "200");
				if (dataDirectory != null) {
					Path directory = Path.of(dataDirectory).toAbsolutePath();
					Files.createDirectories(directory);
					builder.setDataDirectory(directory).setCleanDataDirectory(false);
				}
				database = builder.start();
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresEnvironment::stop));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}
		return database;
	}

	private static synchronized void stop() {
		try {
			database.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
