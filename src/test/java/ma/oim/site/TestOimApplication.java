package ma.oim.site;

import ma.oim.site.testsupport.EmbeddedPostgresEnvironment;
import ma.oim.site.testsupport.EmbeddedSmtpEnvironment;

import org.springframework.boot.SpringApplication;

/**
 * The dev run: {@code ./mvnw spring-boot:test-run} starts the site on an embedded
 * PostgreSQL whose data is kept in target/dev-database across restarts, and an embedded
 * SMTP server whose messages are written to the log.
 */
public class TestOimApplication {

	public static void main(String[] args) {
		System.setProperty(EmbeddedPostgresEnvironment.DATA_DIRECTORY_PROPERTY, "target/dev-database");
		System.setProperty(EmbeddedSmtpEnvironment.LOG_PROPERTY, "true");
		// Passkeys also from http://localhost:<SERVER_PORT>, whatever the port.
		System.setProperty("oim.passkeys.local-origin", "true");
		SpringApplication.from(OimApplication::main).run(args);
	}

}
