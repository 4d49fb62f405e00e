package ma.oim.site.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.RawHttp;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile input sent, through Tomcat, to every public and back-office
 * endpoint: never a 5xx, never a stack trace or SQL error text, and a rejected request
 * writes nothing.
 */
@SiteTest
class HostileInputTests {

	/** Raw, as they go on the wire (already percent-encoded where encoding is the attack). */
	static final List<String> CORPUS = List.of("A".repeat(5_000), "%C3%28", "%FF%FE%FD", "%", "%ZZ", "%G1", "abc%2",
			"%00", "a%00b", "..%2F..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%2e%2e%2f%2e%2e%2f",
			"%27%20OR%20%271%27%3D%271", "1%3B%20DROP%20TABLE%20article%3B--", "%22%20OR%201%3D1%20--",
			"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "-1",
			"-99999999999999999999", "99999999999999999999", "0", "50000000", "200000000", "2147483647", "1e309", "NaN", "%F0%9F%98%80", "%E2%80%AE",
			"%0D%0ASet-Cookie:%20x=1", "*", "%25", "%u0000", "true");

	static final List<String> PUBLIC_GETS = List.of("/fr/actualites?page={}", "/en/news?year={}",
			"/fr/actualites?axis={}&year={}", "/fr/recherche?q={}", "/en/search?q=iom&page={}",
			"/fr/recherche?q=oim&year={}&axis={}", "/fr/actualites/{}", "/en/our-work/areas/{}", "/fr/{}",
			"/en/who-we-are/{}", "/media/{}/{}", "/fr/notre-travail/axes/{}/flux.atom", "/{}", "/?{}",
			"/sitemap.xml?{}", "/login?error={}",
			// The Arabic site: /ar/الأخبار/{}, /ar/بحث?q={}, /ar/{}
			"/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/{}", "/ar/%D8%A8%D8%AD%D8%AB?q={}", "/ar/{}", "/en/contact?{}");

	static final List<String> BACK_OFFICE_GETS = List.of("/admin/articles?state={}", "/admin/articles?title={}&page={}",
			"/admin/articles?language={}", "/admin/articles/{}", "/admin/users/{}", "/admin/audit?page={}",
			"/admin/articles/11/preview/{}", "/admin/articles/11/revisions/{}", "/admin/pages/{}", "/admin/partners/{}",
			"/admin/axes/{}", "/admin?lang={}", "/admin/{}", "/admin/contact?list={}&page={}", "/admin/contact/{}",
			"/admin/media?q={}&month={}&page={}", "/admin/media/{}");

	static final Map<String, String> BACK_OFFICE_POSTS = Map.of("/admin/articles/new",
			"texts[fr].title={}&texts[fr].slug={}&texts[fr].summary={}&texts[fr].body={}&publishedAt={}&axisIds={}&partnerIds={}&featuredImageId={}&version={}&action={}",
			"/admin/users/new", "email={}&displayName={}&role={}&password={}", "/admin/users/1/role", "role={}",
			"/admin/users/{}/unlock", "x={}",
			"/admin/axes/1", "texts[fr].name={}&texts[fr].text=x&texts[en].name={}&texts[en].text=x&position={}", "/admin/partners/new",
			"texts[fr].name={}&texts[en].name={}&kind={}&website={}&position={}", "/admin/account/password",
			"currentPassword={}&newPassword={}&confirmation={}", "/admin/markdown", "source={}",
			"/admin/articles/11/revisions/{}/restore", "x={}", "/admin/media/{}",
			"alt[fr]={}&alt[ar]={}&caption[ar]={}&alt[{}]=x&showsPeople={}&consentObtained={}&consentExpiresOn={}&consentNote={}");

	/** Headers a proxy sets; the client of these tests connects from loopback, a trusted proxy. */
	static final List<String> FORWARDED_HEADERS = List.of("X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port",
			"X-Forwarded-For", "X-Forwarded-Prefix", "Forwarded");

	static final List<String> FORWARDED_TARGETS = List.of("/admin", "/fr/actualites", "/login", "/", "/fr/a%2fb");

	/** Paths that Tomcat or the firewall refuse before any controller. */
	static final List<String> REFUSED_PATHS = List.of("/fr/a%2fb", "/fr/a%5cb", "/fr/..;/admin", "/admin/..;/fr",
			"/%2e%2e/%2e%2e/etc/passwd", "/fr/actualites;jsessionid=x", "/fr/%00", "/fr/a%2Fb%5C..%2F", "/..;/",
			"/media/1/..;/..;/admin");

	static final List<String> MANAGEMENT_GETS = List.of("/actuator/{}", "/actuator/health/{}", "/actuator/prometheus?{}",
			"/actuator/prometheus?includedNames={}", "/actuator/info?{}");

	static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at ma.oim", "SQLState", "PSQLException",
			"ERROR: ", "syntax error", "Whitelabel", "Apache Tomcat", "stack trace");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final List<String> report = new ArrayList<>();

	static final Set<String> endpoints = new LinkedHashSet<>();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcTemplate jdbc;

	String cookie;

	String csrf;

	Map<String, Long> lastIds;

	List<Map<String, Object>> axisTexts;

	List<Map<String, Object>> axisPositions;

	/** Some of the corpus is valid input ("0" is a fine title): what it creates is removed after. */
	@BeforeEach
	void rememberContent() {
		this.lastIds = new LinkedHashMap<>();
		for (String table : List.of("article", "partner", "media", "app_user")) {
			this.lastIds.put(table, this.jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
		}
		this.axisTexts = this.jdbc.queryForList("select axis_id, language, name, description from thematic_axis_translation");
		this.axisPositions = this.jdbc.queryForList("select id, position from thematic_axis");
	}

	@AfterEach
	void restoreContent() {
		this.lastIds.forEach((table, id) -> this.jdbc.update("delete from " + table + " where id > ?", id));
		for (Map<String, Object> text : this.axisTexts) {
			this.jdbc.update("update thematic_axis_translation set name = ?, description = ? where axis_id = ? and language = ?",
					text.get("name"), text.get("description"), text.get("axis_id"), text.get("language"));
		}
		for (Map<String, Object> axis : this.axisPositions) {
			this.jdbc.update("update thematic_axis set position = ? where id = ?", axis.get("position"), axis.get("id"));
		}
	}

	@BeforeEach
	void signIn() throws IOException {
		RawHttp.Response login = RawHttp.get(this.port, "/login", Map.of());
		String anonymous = sessionCookie(login);
		RawHttp.Response signedIn = RawHttp.send(this.port, "POST", "/login",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", anonymous),
				("email=" + SiteTest.ADMIN_EMAIL + "&password=" + SiteTest.ADMIN_PASSWORD.replace(" ", "+") + "&_csrf="
						+ token(login.body())).getBytes(StandardCharsets.UTF_8));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("location")).doesNotContain("error");
		this.cookie = sessionCookie(signedIn);
		this.csrf = token(RawHttp.get(this.port, "/admin/articles/new", Map.of("Cookie", this.cookie)).body());
	}

	@AfterAll
	static void printCounts() {
		System.out.println("Hostile input: " + String.join("; ", report) + "; endpoints covered: " + endpoints.size());
	}

	@Test
	void publicEndpointsNeverFailOnHostileInput() throws IOException {
		int tried = 0;
		for (String endpoint : PUBLIC_GETS) {
			for (String value : CORPUS) {
				check("GET", endpoint, endpoint.replace("{}", value), Map.of(), null);
				tried++;
			}
		}
		report.add(tried + " public GETs, 0 5xx");
	}

	@Test
	void backOfficeEndpointsNeverFailOnHostileInput() throws IOException {
		int tried = 0;
		for (String endpoint : BACK_OFFICE_GETS) {
			for (String value : CORPUS) {
				check("GET", endpoint, endpoint.replace("{}", value), Map.of("Cookie", this.cookie), null);
				tried++;
			}
		}
		for (Map.Entry<String, String> endpoint : BACK_OFFICE_POSTS.entrySet()) {
			for (String value : CORPUS) {
				String body = endpoint.getValue().replace("{}", value) + "&_csrf=" + this.csrf;
				check("POST", endpoint.getKey(), endpoint.getKey().replace("{}", value),
						Map.of("Cookie", this.cookie, "Content-Type", "application/x-www-form-urlencoded"),
						body.getBytes(StandardCharsets.ISO_8859_1));
				tried++;
			}
		}
		report.add(tried + " back-office requests, 0 5xx");
	}

	/** Forwarded headers of every shape: never a 5xx, and a redirect stays on the site (relative). */
	@Test
	void forwardedHeadersNeverFailNorRedirectElsewhere() throws IOException {
		int tried = 0;
		for (String header : FORWARDED_HEADERS) {
			for (String target : FORWARDED_TARGETS) {
				for (String value : CORPUS) {
					RawHttp.Response response = check("GET", target + " with " + header, target, Map.of(header, value),
							null);
					String location = response.header("location");
					assertThat(location).as(header + ": " + value).satisfiesAnyOf((l) -> assertThat(l).isNull(),
							(l) -> assertThat(l).startsWith("/").doesNotStartWith("//"));
					tried++;
				}
			}
		}
		report.add(tried + " requests with forwarded headers, 0 5xx, every redirect relative");
	}

	/** Refused before the application: a 400 that carries the security headers like every page. */
	@Test
	void pathsRefusedBeforeTheApplicationCarryTheSecurityHeaders() throws IOException {
		for (String path : REFUSED_PATHS) {
			RawHttp.Response response = check("GET", path, path, Map.of(), null);
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("content-security-policy")).as(path).contains("default-src 'self'");
			assertThat(response.header("x-content-type-options")).as(path).isEqualTo("nosniff");
			assertThat(response.header("x-frame-options")).as(path).isEqualTo("DENY");
		}
		report.add(REFUSED_PATHS.size() + " paths refused before the application, all 400 with the headers");
	}

	/** Cookies named like the session cookie, of every shape: the public page, never a 5xx. */
	@Test
	void sessionCookiesOfEveryShapeNeverFail() throws IOException {
		int tried = 0;
		for (String value : CORPUS) {
			for (String target : List.of("/fr/actualites", "/fr/recherche?q=oim", "/admin")) {
				check("GET", target + " with a session cookie", target, Map.of("Cookie", "OIM_SESSION=" + value), null);
				tried++;
			}
		}
		report.add(tried + " requests with invented session cookies, 0 5xx");
	}

	@Test
	void managementEndpointsNeverFailOnHostileInput() throws IOException {
		int tried = 0;
		for (String endpoint : MANAGEMENT_GETS) {
			for (String value : CORPUS) {
				String target = endpoint.replace("{}", value);
				RawHttp.Response response = RawHttp.get(this.managementPort, target, Map.of());
				endpoints.add("GET management " + endpoint);
				assertThat(response.status()).as(target).isLessThan(500);
				for (String leak : LEAKS) {
					assertThat(response.body()).as(target + " leaks " + leak).doesNotContain(leak);
				}
				tried++;
			}
		}
		report.add(tried + " management requests, 0 5xx");
	}

	/** Images that are bombs or impostors, sent as a browser sends them: refused with 422, never a 5xx. */
	@Test
	void hostileImagesAreRefusedAndWriteNothing() throws IOException {
		Map<String, byte[]> images = new LinkedHashMap<>();
		images.put("16-bit-7000.png", TestImages.png16BitRgba(7000, 7000));
		images.put("declares-30000.png", TestImages.pngDeclaring(30_000, 30_000));
		images.put("declares-100000.png", TestImages.pngDeclaring(100_000, 100_000));
		images.put("declares-negative.png", TestImages.pngDeclaring(-1, -1));
		images.put("truncated.jpg", java.util.Arrays.copyOf(TestImages.jpeg(800, 600), 200));
		images.put("document.jpg", TestImages.textRenamedJpg());
		images.put("empty.png", new byte[0]);
		for (Map.Entry<String, byte[]> image : images.entrySet()) {
			for (String endpoint : List.of("/admin/articles/new", "/admin/partners/new")) {
				String field = endpoint.contains("partners") ? "logoFile" : "imageFile";
				String alt = endpoint.contains("partners") ? "logo.alt[fr]" : "image.alt[fr]";
				String boundary = "hostile" + System.nanoTime();
				java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
				for (String[] part : new String[][] { { "texts[fr].title", "Image hostile" }, { "texts[fr].name", "Image hostile" },
						{ "texts[en].name", "Hostile image" }, { "kind", "CIVIL_SOCIETY" }, { "texts[fr].body", "Texte." }, { alt, "Une image" },
						{ "action", "save" }, { "_csrf", this.csrf } }) {
					body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0]
							+ "\"\r\n\r\n" + part[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
				}
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
						+ "\"; filename=\"" + image.getKey() + "\"\r\nContent-Type: image/png\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(image.getValue());
				body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
				RawHttp.Response response = check("POST", endpoint + " with " + image.getKey(), endpoint,
						Map.of("Cookie", this.cookie, "Content-Type", "multipart/form-data; boundary=" + boundary),
						body.toByteArray());
				if (!image.getKey().startsWith("empty")) {
					assertThat(response.status()).as(endpoint + " " + image.getKey()).isEqualTo(422);
				}
			}
		}
		report.add(images.size() * 2 + " hostile images uploaded, refused, 0 5xx");
	}

	/**
	 * The sign-in form, its device cookie and its 429 page. Each value comes from a
	 * loopback address of its own, so that it reaches the password check instead of the
	 * throttle, and the addresses the other tests use are not throttled.
	 */
	@Test
	void signInNeverFailsOnHostileInput() throws IOException {
		RawHttp.Response login = RawHttp.get(this.port, "/login", Map.of());
		Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie",
				sessionCookie(login));
		String csrf = "&_csrf=" + token(login.body());
		int tried = 0;
		int address = 2;
		for (String value : CORPUS) {
			// An account of its own, so that no real one (the administrator's) is throttled for the other tests.
			String account = "hostile-" + address + "-" + System.nanoTime() + "@oim.test";
			InetAddress from = InetAddress.getByName("127.0.1." + address++);
			check(from, "POST", "/login", "/login", form,
					("email=" + value + "&password=" + value + csrf).getBytes(StandardCharsets.ISO_8859_1));
			check(from, "POST", "/login", "/login", form,
					("email=" + account + "&password=" + value + csrf).getBytes(StandardCharsets.ISO_8859_1));
			check(from, "POST", "/login (device cookie)", "/login",
					Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie",
							form.get("Cookie") + "; OIM_DEVICE=" + value),
					("email=" + account + "&password=wrong" + csrf).getBytes(StandardCharsets.ISO_8859_1));
			tried += 3;
		}
		// An address that has used up its attempts: the 429 page, in whatever language is asked for.
		InetAddress throttled = InetAddress.getByName("127.0.1.250");
		int refused = 0;
		for (String value : CORPUS) {
			RawHttp.Response response = check(throttled, "POST", "/login (429 page)", "/login",
					Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", form.get("Cookie"),
							"Accept-Language", value),
					("email=nobody@oim.test&password=" + value + csrf).getBytes(StandardCharsets.ISO_8859_1));
			if (response.status() == 429) {
				assertThat(response.header("retry-after")).as("Retry-After").matches("[0-9]+");
				refused++;
			}
			tried++;
		}
		assertThat(refused).as("attempts refused once the address used up its attempts").isPositive();
		report.add(tried + " sign-in attempts, 0 5xx");
	}

	@Test
	void postsWithoutCsrfTokenAreRefusedAndWriteNothing() throws IOException {
		for (Map.Entry<String, String> endpoint : BACK_OFFICE_POSTS.entrySet()) {
			String target = endpoint.getKey().replace("{}", "1");
			RawHttp.Response response = check("POST", endpoint.getKey(), target,
					Map.of("Cookie", this.cookie, "Content-Type", "application/x-www-form-urlencoded"),
					endpoint.getValue().replace("{}", "valid-looking-value").getBytes(StandardCharsets.UTF_8));
			assertThat(response.status()).as(target).isEqualTo(403);
		}
		report.add(BACK_OFFICE_POSTS.size() + " POSTs without CSRF token, all 403");
	}

	@Test
	void wrongMethodsAndBrokenRequestsAreClientErrors() throws IOException {
		int tried = 0;
		for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
			for (String target : List.of("/fr", "/fr/actualites", "/en/search?q=x", "/admin/articles/new", "/sitemap.xml")) {
				RawHttp.Response response = check(method, target, target,
						Map.of("Cookie", this.cookie, "X-CSRF-TOKEN", this.csrf), new byte[0]);
				assertThat(response.status()).as(method + " " + target).isBetween(200, 499);
				tried++;
			}
		}
		RawHttp.Response multipart = check("POST", "/admin/articles/new", "/admin/articles/new",
				Map.of("Cookie", this.cookie, "X-CSRF-TOKEN", this.csrf, "Content-Type",
						"multipart/form-data; boundary=broken"),
				"--broken\r\nContent-Disposition: form-data; name=\"fr.title\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8));
		assertThat(multipart.status()).isBetween(400, 499);
		RawHttp.Response noBoundary = check("POST", "/admin/articles/new", "/admin/articles/new",
				Map.of("Cookie", this.cookie, "X-CSRF-TOKEN", this.csrf, "Content-Type", "multipart/form-data"),
				"garbage".getBytes(StandardCharsets.UTF_8));
		assertThat(noBoundary.status()).isBetween(400, 499);
		report.add((tried + 2) + " wrong-method or broken requests, 0 5xx");
	}

	private RawHttp.Response check(String method, String endpoint, String target, Map<String, String> headers,
			byte[] body) throws IOException {
		return check(null, method, endpoint, target, headers, body);
	}

	private RawHttp.Response check(InetAddress from, String method, String endpoint, String target,
			Map<String, String> headers, byte[] body) throws IOException {
		endpoints.add(method + " " + endpoint);
		String before = contentFingerprint();
		RawHttp.Response response = (from != null) ? RawHttp.sendFrom(from, this.port, method, target, headers, body)
				: RawHttp.send(this.port, method, target, headers, body);
		String what = method + " " + abbreviate(target);
		assertThat(response.status()).as(what).isLessThan(500);
		for (String leak : LEAKS) {
			assertThat(response.body()).as(what + " leaks " + leak).doesNotContain(leak);
		}
		if (response.status() >= 400) {
			assertThat(contentFingerprint()).as(what + " was refused but wrote").isEqualTo(before);
			if (response.body().contains("<html")) {
				assertThat(response.body()).as(what).containsPattern("<html lang=\"(" + String.join("|", Language.codes()) + ")\"");
			}
		}
		return response;
	}

	/** Changes when a row is added to, or changed in, the tables a request could write. */
	private String contentFingerprint() {
		return this.jdbc.queryForObject("""
				select concat_ws('/', (select count(*) from article), (select count(*) from article_translation),
				  (select count(*) from app_user), (select count(*) from partner), (select count(*) from media),
				  (select count(*) from article_revision),
				  (select md5(string_agg(name || description, ',' order by axis_id, language)) from thematic_axis_translation),
				  (select md5(string_agg(password_hash || role || enabled, ',' order by id)) from app_user))""",
				String.class);
	}

	private static String sessionCookie(RawHttp.Response response) {
		String setCookie = response.header("set-cookie");
		assertThat(setCookie).as("session cookie").isNotNull();
		return setCookie.split(";")[0];
	}

	private static String token(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("CSRF token on the page").isTrue();
		return Jsoup.parse(html).selectFirst("input[name=_csrf]").val();
	}

	private static String abbreviate(String target) {
		return (target.length() > 120) ? target.substring(0, 120) + "…" : target;
	}

}
