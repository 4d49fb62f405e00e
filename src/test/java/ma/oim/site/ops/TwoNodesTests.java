package ma.oim.site.ops;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import ma.oim.site.OimApplication;
import ma.oim.site.testsupport.CsrfTokens;
import ma.oim.site.testsupport.EmbeddedPostgresEnvironment;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.RawHttp;
import ma.oim.site.testsupport.SiteClient;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer, both with their
 * page cache on: a sign-in made on one is honoured by the other (sessions live in
 * PostgreSQL), and an article published on one is at once on the other's pages.
 */
@SiteTest
@TestPropertySource(properties = "oim.page-cache.enabled=true")
class TwoNodesTests {

	static ConfigurableApplicationContext secondNode;

	@LocalServerPort
	int firstPort;

	static final String OWNER_PASSWORD = "a long enough passphrase";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserService users;

	@BeforeAll
	static void startSecondNode() {
		// Arguments, not default properties: application.properties would override those.
		secondNode = new SpringApplicationBuilder(OimApplication.class).run("--server.port=0",
				"--management.server.port=0", "--" + EmbeddedPostgresEnvironment.ALWAYS_PROPERTY + "=true",
				"--spring.jmx.enabled=false", "--oim.page-cache.enabled=true",
				// This node may start first, on an empty database: same first administrator.
				"--oim.admin.email=" + SiteTest.ADMIN_EMAIL, "--oim.admin.password=" + SiteTest.ADMIN_PASSWORD);
	}

	@AfterAll
	static void stopSecondNode() {
		secondNode.close();
	}

	/**
	 * Sign-in rate limits live in PostgreSQL: failures counted on one node make the other
	 * refuse too, and a device cookie issued by one is honoured by the other.
	 */
	@Test
	void signInThrottleAndKnownDevicesAreSharedByBothNodes() throws Exception {
		int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
		String owner = "owner-" + UUID.randomUUID() + "@oim.test";
		NewUserForm form = new NewUserForm();
		form.setEmail(owner);
		form.setDisplayName("Owner");
		form.setRole(Role.EDITOR);
		form.setPassword(OWNER_PASSWORD);
		this.users.create(form, SiteTest.ADMIN_EMAIL);
		// The owner signs in on the first node: their browser becomes a known device.
		RawHttp.Response signedIn = signIn(this.firstPort, InetAddress.getByName("127.0.2.1"), owner, OWNER_PASSWORD, null);
		assertThat(signedIn.status()).isEqualTo(302);
		String device = signedIn.cookie("OIM_DEVICE").orElseThrow();
		// Strangers fail five times on the first node, from addresses of their own.
		for (int attempt = 0; attempt < 5; attempt++) {
			RawHttp.Response failed = signIn(this.firstPort, InetAddress.getByName("127.0.2." + (10 + attempt)), owner,
					"guess " + attempt, null);
			assertThat(failed.header("location")).endsWith("/login?error");
		}
		// The second node knows: the next stranger must wait.
		RawHttp.Response refused = signIn(secondPort, InetAddress.getByName("127.0.2.20"), owner, "guess", null);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("retry-after")).matches("[0-9]+");
		// And honours the device cookie the first node issued.
		RawHttp.Response owners = signIn(secondPort, InetAddress.getByName("127.0.2.1"), owner, OWNER_PASSWORD, device);
		assertThat(owners.status()).isEqualTo(302);
		assertThat(owners.header("location")).endsWith("/admin");
	}

	/**
	 * The contact form holds nothing on a node: a form shown by one node is taken by the
	 * other (the key that signs its time, its CSRF cookie), and the messages one node took
	 * count against the address on the other.
	 */
	@Test
	void contactFormKeyAndLimitsAreSharedByBothNodes(@Autowired MutableClock clock,
			@Autowired WebApplicationContext context) throws Exception {
		CsrfTokens.restore(context);
		int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
		SiteClient onFirst = new SiteClient(this.firstPort, "10.31.0.1");
		// Shown ten seconds ago by the first node (the second one reads the system's clock).
		clock.setInstant(clock.instant().minusSeconds(10));
		String stamp;
		try {
			stamp = Jsoup.parse(onFirst.get("/fr/contact").body()).selectFirst("input[name=stamp]").val();
		}
		finally {
			clock.reset();
		}
		String sender = "two-nodes-" + UUID.randomUUID();
		SiteClient onSecond = new SiteClient(secondPort, "10.31.0.1");
		onSecond.get("/fr/contact");
		assertThat(onSecond.post("/fr/contact", "name", "N", "email", sender + "-0@example.org", "subject", "s",
				"message", "m", "stamp", stamp).statusCode()).isEqualTo(302);
		for (int i = 1; i < 3; i++) {
			assertThat(onFirst.post("/fr/contact", "name", "N", "email", sender + "-" + i + "@example.org", "subject",
					"s", "message", "m", "stamp", stamp).statusCode()).isEqualTo(302);
		}
		assertThat(onSecond.post("/fr/contact", "name", "N", "email", sender + "-3@example.org", "subject", "s",
				"message", "m", "stamp", stamp).statusCode()).isEqualTo(429);
		assertThat(this.jdbc.queryForObject("select count(distinct client_hash) from contact_message where email like ?",
				Long.class, sender + "%")).as("one address, one hash on both nodes").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from contact_message where email like ?", Long.class,
				sender + "%")).isEqualTo(3);
	}

	/** The sign-in form from a loopback address of its own, with the device cookie given. */
	private static RawHttp.Response signIn(int port, InetAddress from, String email, String password, String device)
			throws IOException {
		RawHttp.Response login = RawHttp.sendFrom(from, port, "GET", "/login", Map.of(), null);
		String cookies = login.cookie("OIM_SESSION").orElseThrow() + ((device != null) ? "; " + device : "");
		return RawHttp.sendFrom(from, port, "POST", "/login",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies),
				HttpPages.form("email", email, "password", password, "_csrf",
						Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val())
					.getBytes(StandardCharsets.UTF_8));
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
			.POST(HttpRequest.BodyPublishers.ofString(HttpPages.form("email", SiteTest.ADMIN_EMAIL, "password",
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
			.POST(HttpRequest.BodyPublishers.ofString(HttpPages.form("_csrf", secondCsrf)))
			.build());
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(send(browser, get(this.firstPort, "/admin")).statusCode()).as("signed out on both").isEqualTo(302);
	}

	@Test
	void articlePublishedOnOneNodeIsAtOnceOnTheOthersCachedPages() throws Exception {
		int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
		HttpClient visitor = HttpClient.newHttpClient();
		HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String list = send(visitor, get(secondPort, "/fr/actualites")).body();
		assertThat(send(visitor, get(secondPort, "/fr/actualites")).body()).as("served twice, cached").isEqualTo(list);

		String loginPage = send(editor, get(this.firstPort, "/login")).body();
		send(editor, HttpRequest.newBuilder(uri(this.firstPort, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(HttpPages.form("email", SiteTest.ADMIN_EMAIL, "password",
					SiteTest.ADMIN_PASSWORD, "_csrf", Jsoup.parse(loginPage).selectFirst("input[name=_csrf]").val())))
			.build());
		String editorPage = send(editor, get(this.firstPort, "/admin/articles/new")).body();
		String title = "Publié sur le premier nœud " + System.nanoTime();
		HttpResponse<String> published = send(editor, HttpRequest.newBuilder(uri(this.firstPort, "/admin/articles/new"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(HttpPages.form("texts[fr].title", title, "texts[fr].summary", "Chapô.", "action", "publish",
					"version", "0", "_csrf",
					Jsoup.parse(editorPage).selectFirst("form.article-form input[name=_csrf]").val())))
			.build());
		assertThat(published.statusCode()).isEqualTo(302);
		long start = System.nanoTime();
		try {
			String seen;
			do {
				seen = send(visitor, get(secondPort, "/fr/actualites")).body();
			}
			while (!seen.contains(title) && System.nanoTime() - start < Duration.ofSeconds(2).toNanos());
			long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			assertThat(seen).as("visible on the second node within 2 s").contains(title);
			System.out.println("Publication on node 1 visible on node 2's cached list after " + millis + " ms");
		}
		finally {
			this.jdbc.update("delete from article where id in (select article_id from article_translation where title = ?)",
					title);
		}
	}

	private static HttpRequest get(int port, String path) {
		return HttpRequest.newBuilder(uri(port, path)).GET().build();
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
