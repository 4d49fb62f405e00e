package ma.oim.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The site. Each package under this one is an application module (Spring Modulith); the
 * three below are the floor every feature stands on, open to all of them.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "i18n", "web", "content" })
public class OimApplication {

	public static void main(String[] args) {
		SpringApplication.run(OimApplication.class, args);
	}

}
