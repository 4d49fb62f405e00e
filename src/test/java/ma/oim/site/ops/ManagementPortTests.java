package ma.oim.site.ops;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;

import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The management port listens on loopback only (MANAGEMENT_SERVER_ADDRESS), and its
 * Prometheus output holds what operators need, not a map of the server.
 */
@SiteTest
@TestPropertySource(properties = { "management.server.port=0", "spring.datasource.hikari.connection-timeout=1000" })
class ManagementPortTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void managementPortAnswersOnLoopbackOnly() throws Exception {
		assertThat(HttpPages.get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		Optional<InetAddress> outside = nonLoopbackAddress();
		assumeTrue(outside.isPresent(), "this machine has no address but loopback");
		try (Socket site = new Socket()) {
			site.connect(new InetSocketAddress(outside.get(), this.port), 2000);
		}
		assertThatExceptionOfType(IOException.class).as("management port on " + outside.get()).isThrownBy(() -> {
			try (Socket management = new Socket()) {
				management.connect(new InetSocketAddress(outside.get(), this.managementPort), 2000);
			}
		});
	}

	@Test
	void prometheusNamesNoPathNorJvmVersionNorExceptionClass() {
		// Requests that end in handled exceptions, so that their class would show if it were kept.
		assertThat(HttpPages.get(this.port, "/fr/actualites?page=abc").statusCode()).isEqualTo(400);
		assertThat(HttpPages.get(this.port, "/fr/page-inconnue").statusCode()).isEqualTo(404);
		String metrics = HttpPages.get(this.managementPort, "/actuator/prometheus").body();
		assertThat(metrics).contains("http_server_requests_seconds_count", "status=\"400\"", "uri=\"/fr/actualites\"",
				"hikaricp_connections", "jvm_memory_used_bytes");
		assertThat(metrics).doesNotContain("disk_free", "disk_total", "path=\"", "jvm_info", "version=\"",
				"java.version", "Exception", "exception=\"", "main_application_class", "ma.oim.site.OimApplication",
				System.getProperty("user.dir"));
	}

	private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					if (address instanceof Inet4Address) {
						return Optional.of(address);
					}
				}
			}
		}
		return Optional.empty();
	}

}
