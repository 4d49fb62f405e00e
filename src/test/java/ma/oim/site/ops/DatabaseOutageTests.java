package ma.oim.site.ops;

import java.net.http.HttpResponse;
import java.time.Duration;

import ma.oim.site.testsupport.DatabaseOutage;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops: pages answer a localized 503 with Retry-After and readiness reports
 * DOWN; PostgreSQL comes back: the site recovers by itself, without a restart.
 */
@SiteTest
@TestPropertySource(properties = { "management.server.port=0", "spring.datasource.hikari.connection-timeout=1000" })
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void siteAnswers503WhileTheDatabaseIsDownAndRecoversWhenItIsBack() throws Exception {
		assertThat(HttpPages.get(this.port, "/fr/actualites").statusCode()).isEqualTo(200);
		assertThat(HttpPages.get(this.managementPort, "/actuator/health/readiness").body()).contains("UP");
		DatabaseOutage.stop();
		try {
			HttpResponse<String> french = HttpPages.get(this.port, "/fr/actualites");
			assertThat(french.statusCode()).isEqualTo(503);
			assertThat(french.headers().firstValue("Retry-After")).contains("30");
			assertThat(french.body()).contains("<html lang=\"fr\"", "Service momentanément indisponible")
				.doesNotContain("Exception", "PSQLException", "org.postgresql");
			HttpResponse<String> english = HttpPages.get(this.port, "/en/news/iom-becomes-a-related-organization-of-the-united-nations");
			assertThat(english.statusCode()).isEqualTo(503);
			assertThat(english.body()).contains("<html lang=\"en\"", "Service temporarily unavailable");
			assertThat(HttpPages.get(this.port, "/").statusCode()).as("what needs no database still works").isEqualTo(302);
			HttpResponse<String> signIn = HttpPages.get(this.port, "/login");
			assertThat(signIn.statusCode()).as("sign-in needs the session store").isEqualTo(503);
			assertThat(signIn.body()).contains("Service momentanément indisponible");
			HttpResponse<String> readiness = HttpPages.get(this.managementPort, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");
			assertThat(HttpPages.get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			DatabaseOutage.start();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		int status;
		do {
			status = HttpPages.get(this.port, "/fr/actualites").statusCode();
			if (status != 200) {
				Thread.sleep(200);
			}
		}
		while (status != 200 && System.nanoTime() < deadline);
		assertThat(status).as("recovered without restart").isEqualTo(200);
		assertThat(HttpPages.get(this.managementPort, "/actuator/health/readiness").body()).contains("UP");
		assertThat(HttpPages.get(this.managementPort, "/actuator/prometheus").body()).contains("hikaricp_connections");
	}

}
