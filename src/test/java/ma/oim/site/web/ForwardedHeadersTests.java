package ma.oim.site.web;

import java.util.Map;

import ma.oim.site.testsupport.RawHttp;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-* headers through the real Tomcat (MockMvc never runs its RemoteIpValve).
 * The test client connects from loopback, the proxy trusted by default: what a trusted
 * proxy says is honoured where it may be, and no redirect is ever built from a host name.
 * {@link UntrustedProxyTests} is the same client when loopback is not trusted.
 */
@SiteTest
class ForwardedHeadersTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/articles", "/", "/admin/users/1" })
	void redirectsAreRelativeWhateverTheForwardedHostSays(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, path,
				Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "444"));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("location")).startsWith("/").doesNotStartWith("//").doesNotContain("evil");
	}

	@Test
	void forwardedProtoThatIsNeitherHttpNorHttpsIsPlainHttp() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/admin", Map.of("X-Forwarded-Proto", "javascript"));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("location")).isEqualTo("/login");
		RawHttp.Response login = RawHttp.get(this.port, "/login", Map.of("X-Forwarded-Proto", "javascript"));
		assertThat(login.header("strict-transport-security")).isNull();
		assertThat(login.header("set-cookie")).doesNotContain("Secure");
	}

	@Test
	void hostHeaderOfTheClientNeverReachesALocation() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/admin", Map.of("X-Forwarded-Host", "evil.example:443"));
		assertThat(response.header("location")).isEqualTo("/login");
	}

}
