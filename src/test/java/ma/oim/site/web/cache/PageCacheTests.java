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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.RawHttp;
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
		this.jdbc.update("delete from article where id in (select article_id from article_translation where slug = 'appel-cache')");
		this.jdbc.update("delete from publication where id in (select publication_id from publication_text where slug = 'retrait-cache')");
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

	/**
	 * The contact page carries its visitor's CSRF token and stamp: it is kept once, with
	 * placeholders, and each visitor gets their own values, gzipped or not, and can send
	 * the form; no placeholder ever reaches a visitor and nobody else may store the page.
	 */
	@Test
	void aPageWithVisitorFieldsIsKeptOnceAndFilledInForEachVisitor() throws Exception {
		awaitListening();
		HttpResponse<byte[]> first = get("/fr/contact", "Accept-Encoding", "gzip");
		CachedPage kept = this.cache.get("http:/fr/contact");
		assertThat(kept).as("kept").isNotNull();
		assertThat(kept.withFields()).as("kept with its placeholders").isNotNull();
		HttpResponse<byte[]> second = get("/fr/contact", "Accept-Encoding", "gzip");
		HttpResponse<byte[]> plain = get("/fr/contact");
		assertThat(this.cache.get("http:/fr/contact")).as("served from the same entry").isSameAs(kept);

		List<String> tokens = new ArrayList<>();
		for (HttpResponse<byte[]> page : List.of(first, second, plain)) {
			boolean gzipped = page.headers().firstValue("Content-Encoding").isPresent();
			String html = gzipped ? new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
					StandardCharsets.UTF_8) : new String(page.body(), StandardCharsets.UTF_8);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
			assertThat(page.headers().firstValue("ETag")).isEmpty();
			assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(page.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("OIM_FORM_CSRF="));
			assertThat(html).doesNotContain("oimVisitorField").contains("</html>");
			tokens.add(Jsoup.parse(html).selectFirst("input[name=_csrf]").val());
		}
		assertThat(tokens).doesNotHaveDuplicates();

		// The second visitor sends the form with their token, cookie and stamp.
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(second.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		String stamp = Jsoup.parse(html).selectFirst("input[name=stamp]").val();
		String cookie = second.headers().allValues("Set-Cookie").stream()
			.filter((value) -> value.startsWith("OIM_FORM_CSRF=")).findFirst().orElseThrow().split(";")[0];
		this.clock.setInstant(this.clock.instant().plusSeconds(10));
		String form = "name=Visiteur&email=cache-" + UUID.randomUUID() + "%40example.org&subject=Cache"
				+ "&message=Bonjour&website=&stamp=" + java.net.URLEncoder.encode(stamp, StandardCharsets.UTF_8)
				+ "&_csrf=" + java.net.URLEncoder.encode(tokens.get(1), StandardCharsets.UTF_8);
		HttpResponse<byte[]> sent = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/fr/contact"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/fr/contact?sent"));
		assertThat(this.jdbc.queryForObject("select count(*) from contact_message where subject = 'Cache'", Long.class))
			.isEqualTo(1);

		// The notice after sending is a page of its own.
		String notice = new String(get("/fr/contact?sent").body(), StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(notice).select("p.notice[role=status]")).hasSize(1);
		assertThat(this.cache.get("http:/fr/contact?sent=1")).isNotNull();
		assertThat(Jsoup.parse(new String(get("/fr/contact").body(), StandardCharsets.UTF_8)).select("p.notice"))
			.isEmpty();
		this.jdbc.update("delete from contact_message where subject = 'Cache'");
	}

	/** A page with a video lets its player in: from the cache too, and no other page does. */
	@Test
	void pageWithAVideoKeepsItsPolicyInTheCache() throws Exception {
		awaitListening();
		long generation = this.cache.generation();
		long id = this.jdbc.queryForObject("""
				insert into article (status, published_at) values ('PUBLISHED', timestamptz '2019-05-02 10:00+01')
				returning id""", Long.class);
		this.jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				values (?, 'fr', 'programme-cache', 'Une vidéo', 'Un entretien.', 'https://youtu.be/dQw4w9WgXcQ',
				        '<p><a href="https://youtu.be/dQw4w9WgXcQ" rel="noopener">https://youtu.be/dQw4w9WgXcQ</a></p>')""",
				id);
		// The insert's notice empties the cache when it arrives: once heard, the page rendered stays.
		await(() -> this.cache.generation() > generation);
		HttpResponse<byte[]> rendered = get("/fr/actualites/programme-cache");
		HttpResponse<byte[]> cached = get("/fr/actualites/programme-cache");
		assertThat(this.cache.get("http:/fr/actualites/programme-cache")).as("kept").isNotNull();
		for (HttpResponse<byte[]> response : List.of(rendered, cached)) {
			assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
				.endsWith("; frame-src https://www.youtube-nocookie.com");
		}
		assertThat(get("/fr/actualites").headers().firstValue("Content-Security-Policy").orElseThrow())
			.doesNotContain("frame-src");
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
		putStale(NEWS);
		assertThat(text("/fr/actualites")).isEqualTo("stale");
		String session = signIn();
		// Recognised within a second (SignedInSessions), then never served from the cache.
		Thread.sleep(SignedInSessions.READ_AGAIN_AFTER.toMillis());
		for (int i = 0; i < 3; i++) {
			assertThat(text("/fr/actualites", "Cookie", session)).contains(this.originalTitle);
		}
		this.cache.invalidate();
	}

	/**
	 * A cookie named like the session cookie is not enough to skip the cache: invented,
	 * expired or anonymous sessions get the cached page (a flood of them costs no rendering).
	 */
	@Test
	void cookieThatIsNoSignedInSessionStillGetsTheCachedPage() throws Exception {
		awaitListening();
		text("/fr/actualites");
		putStale(NEWS);
		String anonymousSession = RawHttp.get(this.port, "/login", Map.of()).header("set-cookie").split(";")[0];
		List<String> cookies = new ArrayList<>(List.of("OIM_SESSION=someone", "OIM_SESSION=", anonymousSession,
				"OIM_SESSION=" + Base64.getEncoder().encodeToString("not-a-session".getBytes(StandardCharsets.UTF_8))));
		for (int i = 0; i < 200; i++) {
			cookies.add("OIM_SESSION=" + Base64.getEncoder()
				.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)));
		}
		long start = System.nanoTime();
		for (String cookie : cookies) {
			assertThat(text("/fr/actualites", "Cookie", cookie)).as(cookie).isEqualTo("stale");
		}
		long withCookies = System.nanoTime() - start;
		start = System.nanoTime();
		for (int i = 0; i < cookies.size(); i++) {
			assertThat(text("/fr/actualites")).isEqualTo("stale");
		}
		System.out.printf("Page cache: %d requests with invented session cookies served from the cache, %.2f ms "
				+ "each (%.2f ms without a cookie)%n", cookies.size(), withCookies / 1e6 / cookies.size(),
				(System.nanoTime() - start) / 1e6 / cookies.size());
		this.cache.invalidate();
	}

	/** Parameters a page does not read, and other spellings of the ones it does, share its one entry. */
	@Test
	void distinctQueryStringsShareTheOneEntryOfTheirPage() throws Exception {
		awaitListening();
		text("/fr/actualites");
		text("/fr");
		assertThat(this.cache.size()).isEqualTo(2);
		putStale(NEWS);
		putStale("http:/fr");
		for (int i = 0; i < 300; i++) {
			assertThat(text("/fr/actualites?utm_source=" + i)).isEqualTo("stale");
			assertThat(text("/fr?page=" + i + "&x" + i + "=y")).isEqualTo("stale");
		}
		for (String same : List.of("page=1", "page=01", "page=+1", "page=0x1", "page=", "axis=", "year=", "page=1&q=x",
				"&&", "page=1&axis=&year=&fbclid=abc")) {
			assertThat(text("/fr/actualites?" + same)).as(same).isEqualTo("stale");
		}
		assertThat(this.cache.size()).isEqualTo(2);
		text("/fr/actualites?page=2");
		text("/fr/actualites?page=02&utm=1");
		assertThat(this.cache.get(NEWS + "?page=2")).isNotNull();
		assertThat(this.cache.size()).isEqualTo(3);
		this.cache.invalidate();
	}

	/** Pages that do not exist, and requests the application refuses, are never kept. */
	@Test
	void requestsForPagesThatDoNotExistAreNotKept() throws Exception {
		awaitListening();
		for (String refused : List.of("/fr/actualites?page=999999", "/fr/actualites?page=0", "/fr/actualites?page=-3",
				"/fr/actualites?page=abc", "/fr/actualites?axis=aucun-axe", "/fr/actualites?year=1066",
				"/fr/page-inconnue-1",
				"/fr/recherche?q=" + "mot+".repeat(60))) {
			assertThat(get(refused).statusCode()).as(refused).isBetween(400, 404);
		}
		for (String notKept : List.of("/fr/actualites?page=1&page=2", "/fr/actualites?year=2016&year=2017",
				"/fr/actualit%65s")) {
			assertThat(get(notKept).statusCode()).as(notKept).isLessThan(500);
		}
		assertThat(get("/fr/actualites;x=1").statusCode()).isEqualTo(400);
		assertThat(this.cache.size()).isZero();
	}

	/** The weight of every page and key is counted: a flood of distinct searches never holds more than the bound. */
	@Test
	void memoryHeldStaysWithinTheBoundUnderAFlood() throws Exception {
		awaitListening();
		PageCache small = new PageCache(List.of(), this.clock, true, 1);
		small.setListening(true);
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 600; i++) {
			byte[] page = new byte[8 * 1024];
			random.nextBytes(page);
			small.put("http:/fr/recherche?q=" + "mot".repeat(60) + i,
					CachedPage.of(page, List.of(new CachedPage.Header("Content-Type", "text/html")), null),
					small.generation());
		}
		System.out.printf("Page cache: 600 pages of 8 KB into 1 MB: %d bytes held in %d entries%n", small.weightedSize(),
				small.size());
		assertThat(small.weightedSize()).isLessThanOrEqualTo(1024 * 1024);
		assertThat(small.size()).isBetween(1L, 70L);
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
		assertThat(keptAfterTheChanges("/fr/actualites", NEWS)).doesNotContain("Programmé pour le cache");
		this.clock.setInstant(goLive);
		assertThat(text("/fr/actualites")).contains("Programmé pour le cache");
	}

	/** A translation scheduled on its own: the cached English list changes at its time too. */
	@Test
	void translationScheduledOnItsOwnShowsWhenItsTimeComes() throws Exception {
		awaitListening();
		Instant goLive = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		long id = this.jdbc.queryForObject(
				"insert into article (status, published_at) values ('PUBLISHED', ?) returning id", Long.class,
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', "
				+ "'programme-cache', 'Publié pour le cache')", id);
		this.jdbc.update("insert into article_translation (article_id, language, slug, title, status, published_at) "
				+ "values (?, 'en', 'scheduled-cache', 'Scheduled for the cache', 'PUBLISHED', ?)", id,
				java.sql.Timestamp.from(goLive));
		assertThat(keptAfterTheChanges("/en/news", "http:/en/news")).contains("Publié pour le cache")
			.doesNotContain("Scheduled for the cache");
		this.clock.setInstant(goLive);
		assertThat(text("/en/news")).contains("Scheduled for the cache").doesNotContain("Publié pour le cache");
	}

	/** An event that ends moves from upcoming to past in the cached events list at its end. */
	@Test
	void eventMovesToThePastWhenItEndsThoughNothingChanged() throws Exception {
		awaitListening();
		Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Instant end = start.plus(Duration.ofHours(2));
		long id = this.jdbc.queryForObject("insert into article (status, published_at, kind, starts_at, ends_at, place) "
				+ "values ('PUBLISHED', ?, 'EVENT', ?, ?, 'Rabat') returning id", Long.class,
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))), java.sql.Timestamp.from(start),
				java.sql.Timestamp.from(end));
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', "
				+ "'programme-cache', 'Événement du cache')", id);
		keptAfterTheChanges("/fr/evenements", "http:/fr/evenements");
		assertThat(upcomingTitles()).contains("Événement du cache");
		assertThat(this.cache.get("http:/fr/evenements")).isNotNull();
		this.clock.setInstant(end.minusSeconds(1));
		assertThat(upcomingTitles()).contains("Événement du cache");
		this.clock.setInstant(end);
		assertThat(upcomingTitles()).doesNotContain("Événement du cache");
		assertThat(Jsoup.parse(text("/fr/evenements")).select(".card-title").eachText()).contains("Événement du cache");
	}

	/**
	 * A call leaves the cached open calls, and its cached page says "closed", at its deadline,
	 * though nothing changed in the database.
	 */
	@Test
	void callLeavesTheOpenListAtItsDeadlineThoughNothingChanged() throws Exception {
		awaitListening();
		Instant deadline = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		long id = this.jdbc.queryForObject("insert into article (status, published_at, kind, call_type, deadline) "
				+ "values ('PUBLISHED', ?, 'CALL', 'JOB', ?) returning id", Long.class,
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))), java.sql.Timestamp.from(deadline));
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', "
				+ "'appel-cache', 'Appel du cache')", id);
		await(() -> this.cache.get("http:/fr/appels") == null);
		assertThat(Jsoup.parse(text("/fr/appels")).select(".card-title").eachText()).contains("Appel du cache");
		assertThat(Jsoup.parse(text("/fr/actualites/appel-cache")).select(".call-open")).hasSize(1);
		assertThat(this.cache.get("http:/fr/appels")).isNotNull();
		assertThat(this.cache.get("http:/fr/actualites/appel-cache")).isNotNull();
		this.clock.setInstant(deadline.minusSeconds(1));
		assertThat(Jsoup.parse(text("/fr/appels")).select(".card-title").eachText()).contains("Appel du cache");
		this.clock.setInstant(deadline);
		assertThat(Jsoup.parse(text("/fr/appels")).select(".card-title").eachText()).doesNotContain("Appel du cache");
		assertThat(Jsoup.parse(text("/fr/appels/clotures")).select(".card-title").eachText()).contains("Appel du cache");
		org.jsoup.nodes.Document page = Jsoup.parse(text("/fr/actualites/appel-cache"));
		assertThat(page.select(".call-open")).isEmpty();
		assertThat(page.select(".call-closed").text()).isEqualTo("Clôturé : la date limite est passée.");
	}

	/** The titles under "À venir" on the French events list. */
	private List<String> upcomingTitles() throws Exception {
		org.jsoup.nodes.Element heading = Jsoup.parse(text("/fr/evenements")).selectFirst("h2:contains(À venir)");
		return (heading != null) ? heading.nextElementSibling().select(".card-title").eachText() : List.of();
	}

	/** An article that expires leaves the cached list at its expiry time, though nothing changed. */
	@Test
	void expiringArticleLeavesWhenItsTimeComesThoughNothingChanged() throws Exception {
		awaitListening();
		Instant expiry = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		long id = this.jdbc.queryForObject(
				"insert into article (status, published_at, expires_at) values ('PUBLISHED', ?, ?) returning id",
				Long.class, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
				java.sql.Timestamp.from(expiry));
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', "
				+ "'programme-cache', 'Retiré pour le cache')", id);
		assertThat(keptAfterTheChanges("/fr/actualites", NEWS)).contains("Retiré pour le cache");
		this.clock.setInstant(expiry.minusSeconds(1));
		assertThat(this.cache.get(NEWS)).isNotNull();
		this.clock.setInstant(expiry);
		assertThat(this.cache.get(NEWS)).isNull();
		assertThat(text("/fr/actualites")).doesNotContain("Retiré pour le cache");
	}

	/** Publications tell the cache their times too: one scheduled appears, one expiring leaves. */
	@Test
	void scheduledAndExpiringPublicationsChangeTheCachedListAtTheirTimes() throws Exception {
		awaitListening();
		Instant goLive = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Instant expiry = goLive.plus(Duration.ofDays(1));
		long id = this.jdbc.queryForObject("""
				insert into publication (type, status, published_at, expires_at, issued_on, created_by, created_at, updated_at)
				values ('REPORT', 'PUBLISHED', ?, ?, current_date, 'tests', now(), now()) returning id""", Long.class,
				java.sql.Timestamp.from(goLive), java.sql.Timestamp.from(expiry));
		this.jdbc.update("insert into publication_text (publication_id, language, slug, title, summary) "
				+ "values (?, 'fr', 'retrait-cache', 'Rapport pour le cache', '')", id);
		String list = "http:/fr/publications";
		assertThat(keptAfterTheChanges("/fr/publications", list)).doesNotContain("Rapport pour le cache");
		this.clock.setInstant(goLive);
		assertThat(text("/fr/publications")).contains("Rapport pour le cache");
		assertThat(this.cache.get(list)).isNotNull();
		this.clock.setInstant(expiry);
		assertThat(text("/fr/publications")).doesNotContain("Rapport pour le cache");
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

	/**
	 * Once the cache listens, waits for a notice sent now: PostgreSQL delivers notices in
	 * commit order, so the ones that the previous test's clean-up sent have been heard too
	 * and cannot drop a page this test keeps.
	 */
	private void awaitListening() throws InterruptedException {
		await(this.cache::isActive);
		long generation = this.cache.generation();
		this.jdbc.execute("notify " + ContentChangeListener.CHANNEL);
		await(() -> this.cache.generation() > generation);
		this.cache.invalidate();
	}

	/**
	 * The page once the cache keeps it, after the changes a test just made: each change is
	 * announced to the cache a moment after its commit and drops what was kept, however
	 * busy the machine; a page rendered before the last announcement is not kept.
	 */
	private String keptAfterTheChanges(String path, String key) throws Exception {
		awaitListening();
		String[] body = new String[1];
		await(() -> {
			try {
				body[0] = text(path);
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			return this.cache.get(key) != null;
		});
		return body[0];
	}

	private static void await(Supplier<Boolean> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private String text(String path, String... headers) throws IOException, InterruptedException {
		return new String(get(path, headers).body(), StandardCharsets.UTF_8);
	}

	private void putStale(String key) {
		this.cache.put(key, CachedPage.of("stale".getBytes(StandardCharsets.UTF_8),
				List.of(new CachedPage.Header("Content-Type", "text/html")), null), this.cache.generation());
	}

	/** The session cookie of the administrator, signed in through the form. */
	private String signIn() throws IOException {
		RawHttp.Response login = RawHttp.get(this.port, "/login", Map.of());
		String anonymous = login.header("set-cookie").split(";")[0];
		String token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
		RawHttp.Response signedIn = RawHttp.send(this.port, "POST", "/login",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", anonymous),
				("email=" + SiteTest.ADMIN_EMAIL + "&password=" + SiteTest.ADMIN_PASSWORD.replace(" ", "+") + "&_csrf="
						+ token).getBytes(StandardCharsets.UTF_8));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("location")).doesNotContain("error");
		return signedIn.header("set-cookie").split(";")[0];
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
