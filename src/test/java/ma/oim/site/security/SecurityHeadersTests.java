package ma.oim.site.security;

import java.util.Map;

import ma.oim.site.testsupport.RawHttp;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers every response carries, and the cookies' flags, plain and behind TLS. */
@SiteTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/fr", "/en/news", "/fr/page-inconnue", "/login", "/admin", "/sitemap.xml" })
	void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, path, Map.of());
		String csp = response.header("content-security-policy");
		assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
				"object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
		assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
		assertThat(response.header("x-frame-options")).isEqualTo("DENY");
		assertThat(response.header("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.header("permissions-policy")).contains("geolocation=()", "camera=()");
		assertThat(response.header("strict-transport-security")).as("no HSTS over plain HTTP").isNull();
	}

	/** Refused by Tomcat before the application sees them: its own error page carries the headers too. */
	@ParameterizedTest
	@ValueSource(strings = { "/fr/a%2fb", "/fr/a%5cb", "/fr/..;/admin", "/admin/..;/fr", "/fr/%2e%2e;/x", "/%2F%2F" })
	void pagesThatTomcatRefusesItselfCarryTheSecurityHeaders(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, path, Map.of());
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.header("content-security-policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
		assertThat(response.header("x-frame-options")).isEqualTo("DENY");
		assertThat(response.header("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.header("permissions-policy")).contains("geolocation=()", "camera=()");
		assertThat(response.header("strict-transport-security")).as("no HSTS over plain HTTP").isNull();
		assertThat(response.body()).contains("<html lang=\"fr\"", "Requête incorrecte")
			.doesNotContain("Tomcat", "Exception", "<style");
	}

	@Test
	void pageThatTomcatRefusesBehindATlsProxyCarriesHsts() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/fr/a%2fb", Map.of("X-Forwarded-Proto", "https"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("strict-transport-security")).contains("max-age=");
	}

	@Test
	void pagesHoldNoInlineScriptNorStyleAttribute() throws Exception {
		for (String path : new String[] { "/fr", "/en/news", "/fr/actualites/l-oim-devient-une-organisation-affiliee-aux-nations-unies", "/login" }) {
			Document page = Jsoup.parse(RawHttp.get(this.port, path, Map.of()).body());
			assertThat(page.select("script:not([src])").not("[type=application/ld+json]")).as(path).isEmpty();
			assertThat(page.select("[style]")).as(path).isEmpty();
			assertThat(page.select("[onclick], [onload], [onerror], [onsubmit]")).as(path).isEmpty();
			// Every asset comes from the site itself.
			assertThat(page.select("script[src], img[src]").eachAttr("src")).as(path)
				.allSatisfy((url) -> assertThat(url).startsWith("/"));
			assertThat(page.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href")).as(path)
				.isNotEmpty()
				.allSatisfy((url) -> assertThat(url).startsWith("/"));
		}
	}

	@Test
	void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		RawHttp.Response plain = RawHttp.get(this.port, "/login", Map.of());
		assertThat(plain.header("set-cookie")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		RawHttp.Response proxied = RawHttp.get(this.port, "/login",
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "oim.example", "X-Forwarded-Port", "443"));
		assertThat(proxied.header("set-cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
		assertThat(proxied.header("strict-transport-security")).contains("max-age=");
	}

}
