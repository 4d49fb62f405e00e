package ma.oim.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OimApplication {

	public static void main(String[] args) {
		SpringApplication.run(OimApplication.class, args);
	}

}
