package ma.oim.site.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import ma.oim.site.OimApplication;
import ma.oim.site.testsupport.EmbeddedPostgresEnvironment;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer: a sign-in made on
 * one is honoured by the other, because sessions live in PostgreSQL.
 */
@SiteTest
class SharedSessionTests {

	static ConfigurableApplicationContext secondNode;

	@LocalServerPort
	int firstPort;

	@BeforeAll
	static void startSecondNode() {
		secondNode = new SpringApplicationBuilder(OimApplication.class)
			.properties("server.port=0", EmbeddedPostgresEnvironment.ALWAYS_PROPERTY + "=true",
					"spring.jmx.enabled=false")
			.run();
	}

	@AfterAll
	static void stopSecondNode() {
		secondNode.close();
	}

	@Test
	void signInOnOneNodeIsValidOnTheOther() throws Exception {
		int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
		// One cookie jar for both nodes, as a browser behind a load balancer has.
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		assertThat(send(browser, get(secondPort, "/admin")).statusCode()).isEqualTo(302);

		String loginPage = send(browser, get(this.firstPort, "/login")).body();
		String csrf = Jsoup.parse(loginPage).selectFirst("input[name=_csrf]").val();
		HttpResponse<String> signIn = send(browser, HttpRequest.newBuilder(uri(this.firstPort, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("email", SiteTest.ADMIN_EMAIL, "password",
					SiteTest.ADMIN_PASSWORD, "_csrf", csrf)))
			.build());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("/admin"));

		HttpResponse<String> onSecondNode = send(browser, get(secondPort, "/admin"));
		assertThat(onSecondNode.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(onSecondNode.body()).selectFirst("h1").text()).contains("Administrator");

		String secondCsrf = Jsoup.parse(onSecondNode.body()).selectFirst("form.logout input[name=_csrf]").val();
		HttpResponse<String> signOut = send(browser, HttpRequest.newBuilder(uri(secondPort, "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("_csrf", secondCsrf)))
			.build());
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(send(browser, get(this.firstPort, "/admin")).statusCode()).as("signed out on both").isEqualTo(302);
	}

	private static HttpRequest get(int port, String path) {
		return HttpRequest.newBuilder(uri(port, path)).GET().build();
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String form(String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.append((i == 0) ? "" : "&")
				.append(namesAndValues[i])
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
