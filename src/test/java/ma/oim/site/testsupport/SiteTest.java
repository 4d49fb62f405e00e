package ma.oim.site.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the embedded PostgreSQL seeded by Flyway,
 * with a clock tests can move. Every integration test uses this same configuration, so
 * they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { EmbeddedPostgresEnvironment.ALWAYS_PROPERTY + "=true",
				"oim.admin.email=" + SiteTest.ADMIN_EMAIL, "oim.admin.password=" + SiteTest.ADMIN_PASSWORD,
				// Tests change rows directly; the cache's own tests switch it on (PageCacheTests).
				"oim.page-cache.enabled=false",
				// Refused sign-ins are answered at once: MockMvc does not wait for a delayed answer.
				"oim.sign-in.refusal-delay=0s",
				// Passkey ceremonies from http://localhost:<the random port>.
				"oim.passkeys.local-origin=true",
				// Contact messages are emailed to the team (the embedded SMTP server's inbox).
				"oim.contact.recipients=" + SiteTest.CONTACT_TEAM })
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, SqlStatements.class })
public @interface SiteTest {

	/** The first administrator, created at start-up from these two settings. */
	String ADMIN_EMAIL = "admin@oim.test";

	String ADMIN_PASSWORD = "correct horse battery staple";

	/** Who receives the contact form's messages. */
	String CONTACT_TEAM = "team@oim.test";

}
