package ma.oim.site.ops;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 visitors and 3 editors for 60 s (system property {@code oim.load.seconds}), with the
 * page cache on as in production: no
 * error, no connection left open, and no update lost — each editor's saves are all kept,
 * and on the article they share, every save either lands or is told of the conflict.
 */
@SiteTest
@TestPropertySource(properties = "oim.page-cache.enabled=true")
class LoadTests {

	static final int VISITORS = 64;

	static final int EDITORS = 3;

	static final List<String> PAGES = List.of("/fr", "/en", "/fr/actualites", "/en/news?page=2",
			"/fr/actualites/l-oim-devient-une-organisation-affiliee-aux-nations-unies",
			"/en/news/mohamed-and-omar-from-migrants-to-development-actors", "/fr/notre-travail/axes/appui-a-la-jeunesse",
			"/fr/partenaires", "/fr/qui-sommes-nous", "/fr/recherche?q=formations", "/en/search?q=reintegration",
			"/fr/actualites/flux.atom", "/sitemap.xml");

	static final Pattern ARTICLE_ID = Pattern.compile("/admin/articles/(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	final List<Long> created = new ArrayList<>();

	@AfterEach
	void deleteArticles() {
		this.created.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void visitorsAndEditorsTogetherForAMinute() throws Exception {
		long seconds = Long.getLong("oim.load.seconds", 60);
		ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
		AtomicInteger pagesServed = new AtomicInteger();
		long shared = createArticle(signIn(), "Article partagé " + System.nanoTime());
		// Editors sign in and open their article before the clock starts.
		List<HttpClient> editorClients = new ArrayList<>();
		List<Long> ownArticles = new ArrayList<>();
		for (int editor = 0; editor < EDITORS; editor++) {
			HttpClient client = signIn();
			editorClients.add(client);
			ownArticles.add(createArticle(client, "Article de l’éditeur " + editor + " " + System.nanoTime()));
		}
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(VISITORS + EDITORS);
		List<Future<int[]>> editors = new ArrayList<>();
		try {
			for (int visitor = 0; visitor < VISITORS; visitor++) {
				pool.submit(() -> visit(end, pagesServed, errors));
			}
			for (int editor = 0; editor < EDITORS; editor++) {
				int number = editor;
				editors.add(pool.submit(
						() -> edit(number, editorClients.get(number), ownArticles.get(number), shared, end, errors)));
			}
			int sharedSaves = 0;
			int conflicts = 0;
			for (Future<int[]> editor : editors) {
				int[] counts = editor.get();
				sharedSaves += counts[0];
				conflicts += counts[1];
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			assertThat(errors).as("errors").isEmpty();
			Integer sharedRevisions = this.jdbc.queryForObject(
					"select count(*) from article_revision where article_id = ?", Integer.class, shared);
			assertThat(sharedRevisions).as("every accepted save of the shared article is kept").isEqualTo(sharedSaves + 1);
			HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (hikari.getHikariPoolMXBean().getActiveConnections() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(hikari.getHikariPoolMXBean().getActiveConnections()).as("connections left open").isZero();
			System.out.printf("Load: %d s, %d pages served to %d visitors, %d saves of the shared article, %d conflicts told, 0 errors%n",
					seconds, pagesServed.get(), VISITORS, sharedSaves, conflicts);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void visit(long end, AtomicInteger served, ConcurrentLinkedQueue<String> errors) {
		HttpClient client = HttpClient.newHttpClient();
		while (System.nanoTime() < end) {
			String page = PAGES.get(ThreadLocalRandom.current().nextInt(PAGES.size()));
			try {
				HttpResponse<String> response = client.send(get(page), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					errors.add(page + " answered " + response.statusCode());
				}
				served.incrementAndGet();
			}
			catch (Exception ex) {
				errors.add(page + " failed: " + ex);
			}
		}
	}

	/** One editor: saves their own article again and again, and now and then the shared one. */
	private int[] edit(int number, HttpClient editor, long own, long shared, long end,
			ConcurrentLinkedQueue<String> errors) {
		int sharedSaves = 0;
		int conflicts = 0;
		try {
			int ownSaves = 0;
			while (System.nanoTime() < end) {
				int status = save(editor, own, "Texte " + ownSaves);
				if (status != 302) {
					errors.add("editor " + number + " save answered " + status);
				}
				ownSaves++;
				if (ownSaves % 3 == 0) {
					int sharedStatus = save(editor, shared, "Par l’éditeur " + number + " " + ownSaves);
					if (sharedStatus == 302) {
						sharedSaves++;
					}
					else if (sharedStatus == 409) {
						conflicts++;
					}
					else {
						errors.add("editor " + number + " shared save answered " + sharedStatus);
					}
				}
			}
			String body = this.jdbc.queryForObject(
					"select body_markdown from article_translation where article_id = ? and language = 'fr'", String.class,
					own);
			if (ownSaves == 0 || !("Texte " + (ownSaves - 1)).equals(body)) {
				errors.add("editor " + number + " lost an update: " + body + " after " + ownSaves + " saves");
			}
			Integer revisions = this.jdbc.queryForObject("select count(*) from article_revision where article_id = ?",
					Integer.class, own);
			if (revisions != ownSaves + 1) {
				errors.add("editor " + number + ": " + ownSaves + " saves but " + revisions + " revisions");
			}
		}
		catch (Exception ex) {
			errors.add("editor " + number + " failed: " + ex);
		}
		return new int[] { sharedSaves, conflicts };
	}

	private HttpClient signIn() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> response = client.send(post("/login", HttpPages.form("email", SiteTest.ADMIN_EMAIL, "password",
				SiteTest.ADMIN_PASSWORD, "_csrf", Jsoup.parse(login).selectFirst("input[name=_csrf]").val())),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		return client;
	}

	private long createArticle(HttpClient editor, String title) throws Exception {
		Document page = Jsoup.parse(editor.send(get("/admin/articles/new"), HttpResponse.BodyHandlers.ofString()).body());
		HttpResponse<String> response = editor.send(post("/admin/articles/new",
				HttpPages.form("texts[fr].title", title, "action", "save", "version", "0", "_csrf",
						page.selectFirst("form.article-form input[name=_csrf]").val())),
				HttpResponse.BodyHandlers.ofString());
		Matcher id = ARTICLE_ID.matcher(response.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		long articleId = Long.parseLong(id.group(1));
		synchronized (this.created) {
			this.created.add(articleId);
		}
		return articleId;
	}

	/** Opens the editor, then saves what it showed with a new text: the version it read goes with it. */
	private int save(HttpClient editor, long id, String text) throws Exception {
		Document page = Jsoup.parse(
				editor.send(get("/admin/articles/" + id), HttpResponse.BodyHandlers.ofString()).body());
		return editor.send(post("/admin/articles/" + id,
				HttpPages.form("texts[fr].title", page.selectFirst("input[name='texts[fr].title']").val(), "texts[fr].body", text, "action", "save",
						"version", page.selectFirst("input[name=version]").val(), "_csrf",
						page.selectFirst("form.article-form input[name=_csrf]").val())),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).timeout(Duration.ofSeconds(30)).build();
	}

	private HttpRequest post(String path, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

}
