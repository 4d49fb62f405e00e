package ma.oim.site.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: real HTTP to the running server with its own cookies,
 * from a client address of the test's choosing (X-Forwarded-For, which Tomcat trusts from
 * loopback), redirects not followed. {@link #post} sends the CSRF token of the last form
 * page read.
 */
public final class SiteClient {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	private final String address;

	private String csrf;

	private String userAgent = "Java-http-client";

	public SiteClient(int port, String address) {
		this.port = port;
		this.address = address;
	}

	/** Sends this User-Agent from now on. */
	public SiteClient as(String userAgent) {
		this.userAgent = userAgent;
		return this;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
		if (token != null) {
			this.csrf = token.val();
		}
		return response;
	}

	/** A form post: names and values in turn, the CSRF token added. */
	public HttpResponse<String> post(String path, String... namesAndValues) {
		String[] withToken = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
		withToken[namesAndValues.length] = "_csrf";
		withToken[namesAndValues.length + 1] = (this.csrf != null) ? this.csrf : "";
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(HttpPages.form(withToken)))
			.build());
	}

	/** A JSON post, as a script sends it: the CSRF token of the last form page read in the header. */
	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", (this.csrf != null) ? this.csrf : "")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** Reads the sign-in form, then signs in; answers the response to the form's post. */
	public HttpResponse<String> signIn(String email, String password) {
		get("/login");
		return post("/login", "email", email, "password", password);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", this.address)
			.header("User-Agent", this.userAgent);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
