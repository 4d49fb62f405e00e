package ma.oim.site.web.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of rendered pages, switched on: pages are served compressed with entity
 * tags, dropped when the database says content changed (even by hand), and when a
 * scheduled article's time comes.
 */
@SiteTest
@TestPropertySource(properties = "oim.page-cache.enabled=true")
class PageCacheTests {

	/** The cache's key of the news list: scheme, path and query. */
	static final String NEWS = "http:/fr/actualites";

	static final String TITLE_QUERY = "select title from article_translation where article_id = 2 and language = 'fr'";

	@LocalServerPort
	int port;

	@Autowired
	PageCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final HttpClient http = HttpClient.newHttpClient();

	String originalTitle;

	@AfterEach
	void restore() {
		this.clock.reset();
		if (this.originalTitle != null) {
			this.jdbc.update("update article_translation set title = ? where article_id = 2 and language = 'fr'",
					this.originalTitle);
		}
		this.jdbc.update("delete from article where id in (select article_id from article_translation where slug = 'programme-cache')");
	}

	@Test
	void pageIsServedGzippedWithAnEntityTagAndRevalidatedWith304() throws Exception {
		awaitListening();
		HttpResponse<byte[]> first = get("/fr/actualites", "Accept-Encoding", "gzip");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(first.headers().firstValue("Cache-Control")).contains(PageCacheFilter.CACHE_CONTROL);
		assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(first.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("article.card")).hasSize(10);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = get("/fr/actualites", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(this.cache.get(NEWS)).as("kept").isNotNull();
	}

	/** A page served from the cache never went through Spring Security, yet carries the same headers. */
	@Test
	void pageFromTheCacheCarriesTheHeadersOfTheRenderedPage() throws Exception {
		awaitListening();
		HttpResponse<byte[]> rendered = get("/fr/actualites", "Accept-Encoding", "gzip");
		assertThat(this.cache.get(NEWS)).as("kept").isNotNull();
		HttpResponse<byte[]> cached = get("/fr/actualites", "Accept-Encoding", "gzip");
		assertThat(headers(cached)).isEqualTo(headers(rendered))
			.containsKeys("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy",
					"permissions-policy", "content-type", "etag")
			.doesNotContainKey("strict-transport-security");
		assertThat(cached.body()).isEqualTo(rendered.body());
	}

	/** HSTS is only sent over TLS: a page rendered over plain HTTP is not served to an HTTPS request. */
	@Test
	void pageRequestedOverTlsIsCachedApartWithItsHstsHeader() throws Exception {
		awaitListening();
		get("/fr/actualites");
		assertThat(this.cache.get(NEWS)).isNotNull();
		for (int i = 0; i < 2; i++) {
			assertThat(get("/fr/actualites", "X-Forwarded-Proto", "https").headers()
				.firstValue("Strict-Transport-Security")).as("request %d over TLS", i).isPresent();
		}
		assertThat(this.cache.get("https:/fr/actualites")).isNotNull();
		assertThat(get("/fr/actualites").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void changeMadeInTheDatabaseDropsTheCachedPage() throws Exception {
		awaitListening();
		this.originalTitle = this.jdbc.queryForObject(TITLE_QUERY, String.class);
		assertThat(text("/fr/actualites")).contains(this.originalTitle);
		assertThat(this.cache.get(NEWS)).isNotNull();
		this.jdbc.update("update article_translation set title = 'Titre changé à la main' where article_id = 2 and language = 'fr'");
		await(() -> this.cache.get(NEWS) == null);
		assertThat(text("/fr/actualites")).contains("Titre changé à la main");
	}

	@Test
	void signedInVisitorsNeverGetACachedPage() throws Exception {
		awaitListening();
		this.originalTitle = this.jdbc.queryForObject(TITLE_QUERY, String.class);
		text("/fr/actualites");
		this.cache.put(NEWS, CachedPage.of("stale".getBytes(StandardCharsets.UTF_8),
				List.of(new CachedPage.Header("Content-Type", "text/html")), null), this.cache.generation());
		assertThat(text("/fr/actualites")).isEqualTo("stale");
		HttpResponse<byte[]> signedIn = get("/fr/actualites", "Cookie", "OIM_SESSION=someone");
		assertThat(new String(signedIn.body(), StandardCharsets.UTF_8)).contains(this.originalTitle);
		this.cache.invalidate();
	}

	@Test
	void scheduledArticleShowsWhenItsTimeComesThoughNothingChanged() throws Exception {
		awaitListening();
		// Whole seconds: PostgreSQL rounds to microseconds, which could put it just after the clock.
		Instant goLive = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		long id = this.jdbc.queryForObject(
				"insert into article (status, published_at) values ('PUBLISHED', ?) returning id", Long.class,
				java.sql.Timestamp.from(goLive));
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', "
				+ "'programme-cache', 'Programmé pour le cache')", id);
		await(() -> this.cache.get(NEWS) == null);
		assertThat(text("/fr/actualites")).doesNotContain("Programmé pour le cache");
		assertThat(this.cache.get(NEWS)).isNotNull();
		this.clock.setInstant(goLive);
		assertThat(text("/fr/actualites")).contains("Programmé pour le cache");
	}

	/** A search is a public page like the others: kept per query, dropped when content changes. */
	@Test
	void searchIsCachedPerQueryAndFindsWhatChangedSince() throws Exception {
		awaitListening();
		this.originalTitle = this.jdbc.queryForObject(TITLE_QUERY, String.class);
		String search = "/fr/recherche?q=zanzibarien";
		assertThat(Jsoup.parse(text(search)).select("li.search-result")).isEmpty();
		assertThat(this.cache.get("http:" + search)).isNotNull();
		assertThat(this.cache.get("http:/fr/recherche?q=djiboutienne")).isNull();
		this.jdbc.update("update article_translation set title = 'Un titre zanzibarien' where article_id = 2 and language = 'fr'");
		await(() -> this.cache.get("http:" + search) == null);
		assertThat(Jsoup.parse(text(search)).select("li.search-result")).hasSize(1);
	}

	@Test
	void backOfficeIsNotCachedAndNeverStored() throws Exception {
		assertThat(PageCacheFilter.isPublicPage("/admin/articles")).isFalse();
		assertThat(PageCacheFilter.isPublicPage("/fr/actualites/x")).isTrue();
		assertThat(get("/login").headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void stylesheetHasAFingerprintedAddressCachedForAYear() throws Exception {
		String css = Jsoup.parse(text("/fr")).selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<byte[]> asset = get(css);
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=31536000", "public"));
	}

	/** Every header but Date, names in lower case. */
	private static Map<String, List<String>> headers(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return headers;
	}

	private void awaitListening() throws InterruptedException {
		await(this.cache::isActive);
		this.cache.invalidate();
	}

	private static void await(Supplier<Boolean> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private String text(String path) throws IOException, InterruptedException {
		return new String(get(path).body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
