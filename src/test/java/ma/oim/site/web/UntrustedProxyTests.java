package ma.oim.site.web;

import java.util.Map;

import ma.oim.site.testsupport.RawHttp;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test client, from loopback, when the only trusted proxy is another address: every
 * X-Forwarded-* header it sends is ignored.
 */
@SiteTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.10")
class UntrustedProxyTests {

	@LocalServerPort
	int port;

	@Test
	void forwardedHostOfAnUntrustedClientNeverReachesTheLocation() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/admin",
				Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("location")).isEqualTo("/login");
	}

	@Test
	void forwardedProtoOfAnUntrustedClientIsIgnored() throws Exception {
		RawHttp.Response login = RawHttp.get(this.port, "/login",
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "X-Forwarded-For", "203.0.113.7"));
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("strict-transport-security")).as("HSTS only over TLS").isNull();
		assertThat(login.header("set-cookie")).contains("HttpOnly").doesNotContain("Secure");
	}

}
