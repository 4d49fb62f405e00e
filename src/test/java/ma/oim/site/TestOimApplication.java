package ma.oim.site;

import ma.oim.site.testsupport.EmbeddedPostgresEnvironment;

import org.springframework.boot.SpringApplication;

/**
 * The dev run: {@code ./mvnw spring-boot:test-run} starts the site on an embedded
 * PostgreSQL whose data is kept in target/dev-database across restarts.
 */
public class TestOimApplication {

	public static void main(String[] args) {
		System.setProperty(EmbeddedPostgresEnvironment.DATA_DIRECTORY_PROPERTY, "target/dev-database");
		SpringApplication.from(OimApplication::main).run(args);
	}

}
