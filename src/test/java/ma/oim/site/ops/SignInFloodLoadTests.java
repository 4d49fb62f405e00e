package ma.oim.site.ops;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.RawHttp;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 1 under load: 200 attackers send wrong passwords to one account as fast as the
 * server answers, from 20 addresses, for 30 s (system property {@code oim.flood.seconds}),
 * while 32 visitors browse the public pages, with the page cache on as in production.
 * The visitors see no error and a p99 under 100 ms, the owner of the attacked account
 * signs in from their known browser meanwhile, and the connection pool never runs dry.
 */
@SiteTest
// Production settings: the page cache, and refusals answered after their delay.
@TestPropertySource(properties = { "oim.page-cache.enabled=true", "oim.sign-in.refusal-delay=1s" })
class SignInFloodLoadTests {

	static final int ATTACKERS = 200;

	static final int ATTACKER_ADDRESSES = 20;

	static final int VISITORS = 32;

	static final String PASSWORD = "the owner's long passphrase";

	static final Duration P99_TARGET = Duration.ofMillis(100);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	MeterRegistry meters;

	@Autowired
	UserService users;

	@Test
	void floodOfWrongPasswordsLeavesVisitorsTheOwnerAndThePoolUnharmed() throws Exception {
		long seconds = Long.getLong("oim.flood.seconds", 30);
		// Zero measures the visitors alone, for comparison.
		int attackerCount = Integer.getInteger("oim.flood.attackers", ATTACKERS);
		String owner = "owner-" + UUID.randomUUID() + "@oim.test";
		NewUserForm form = new NewUserForm();
		form.setEmail(owner);
		form.setDisplayName("Owner");
		form.setRole(Role.ADMIN);
		form.setPassword(PASSWORD);
		this.users.create(form, SiteTest.ADMIN_EMAIL);
		// The owner signed in from this browser before: it holds the account's device cookie.
		HttpClient ownerBrowser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		assertThat(signIn(ownerBrowser, owner).statusCode()).isEqualTo(302);
		// Every public page once, so that the cache holds them, as it does on a live site.
		HttpClient warmUp = HttpClient.newHttpClient();
		for (String page : LoadTests.PAGES) {
			assertThat(warmUp.send(get(page), HttpResponse.BodyHandlers.discarding()).statusCode()).as(page).isEqualTo(200);
		}

		HikariPoolMXBean pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		Counter timeouts = this.meters.find("hikaricp.connections.timeout").counter();
		assertThat(timeouts).as("Hikari's timeout counter").isNotNull();
		double timeoutsBefore = timeouts.count();
		ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
		Map<Integer, LongAdder> attackAnswers = new ConcurrentHashMap<>();
		List<long[]> latencies = new ArrayList<>();
		AtomicInteger mostAwaiting = new AtomicInteger();
		AtomicInteger mostActive = new AtomicInteger();
		// Dry: every connection of the pool in use and threads waiting for one. (Threads also
		// wait, briefly, while the pool opens a connection beyond its two idle ones.)
		AtomicInteger dry = new AtomicInteger();
		AtomicLong mostHeap = new AtomicLong();
		long[] gcBefore = garbageCollections();
		int poolSize = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		// Each attacker opens a session and reads its CSRF token before the clock starts.
		List<String[]> attackers = new ArrayList<>();
		for (int attacker = 0; attacker < attackerCount; attacker++) {
			InetAddress from = InetAddress.getByName("127.0.0." + (100 + attacker % ATTACKER_ADDRESSES));
			RawHttp.Response login = RawHttp.sendFrom(from, this.port, "GET", "/login", Map.of(), null);
			attackers.add(new String[] { from.getHostAddress(), login.header("set-cookie").split(";")[0],
					Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val() });
		}
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(seconds).toNanos();
		ExecutorService threads = Executors.newFixedThreadPool(ATTACKERS + VISITORS + 2);
		try {
			threads.submit(() -> {
				while (System.nanoTime() < end) {
					int awaiting = pool.getThreadsAwaitingConnection();
					int active = pool.getActiveConnections();
					mostAwaiting.accumulateAndGet(awaiting, Math::max);
					mostActive.accumulateAndGet(active, Math::max);
					if (awaiting > 0 && active >= poolSize) {
						dry.incrementAndGet();
					}
					mostHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
					Thread.sleep(5);
				}
				return null;
			});
			for (String[] attacker : attackers) {
				threads.submit(() -> attack(attacker, owner, end, attackAnswers, errors));
			}
			List<Future<long[]>> visitors = new ArrayList<>();
			for (int visitor = 0; visitor < VISITORS; visitor++) {
				visitors.add(threads.submit(() -> visit(end, errors)));
			}
			// Halfway through, the owner signs in from their browser.
			Thread.sleep(Duration.ofSeconds(seconds).toMillis() / 2);
			long ownerStart = System.nanoTime();
			HttpResponse<String> ownerSignIn = signIn(ownerBrowser, owner);
			long ownerMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ownerStart);
			assertThat(ownerSignIn.statusCode()).as("owner's sign-in during the flood").isEqualTo(302);
			assertThat(ownerSignIn.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).endsWith("/admin"));
			for (Future<long[]> visitor : visitors) {
				latencies.add(visitor.get());
			}
			threads.shutdown();
			assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			long p50 = all[all.length / 2];
			long p99 = all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)];
			long attempts = attackAnswers.values().stream().mapToLong(LongAdder::sum).sum();
			long[] gcAfter = garbageCollections();
			System.out.printf(
					"Sign-in flood: %d s, %d attackers from %d addresses made %d attempts (answers %s); %d visitors got %d pages, "
							+ "p50 %.1f ms, p99 %.1f ms, max %.1f ms; the owner signed in in %d ms; pool: at most %d active "
							+ "of %d, at most %d threads awaiting a connection, %d samples dry, %d timeouts; heap (this JVM, "
							+ "of %d MB) at most %d MB used, %d collections taking %d ms; %d errors%n",
					seconds, attackerCount, ATTACKER_ADDRESSES, attempts, attackAnswers, VISITORS, all.length, p50 / 1e6,
					p99 / 1e6, all[all.length - 1] / 1e6, ownerMillis, mostActive.get(), poolSize, mostAwaiting.get(), dry.get(),
					(long) (timeouts.count() - timeoutsBefore),
					ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20, mostHeap.get() >> 20,
					gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], errors.size());
			assertThat(errors).as("errors").isEmpty();
			assertThat(attackAnswers.keySet()).as("answers to the attackers").isSubsetOf(302, 429);
			assertThat(Duration.ofNanos(p99)).as("visitors' p99").isLessThan(P99_TARGET);
			assertThat(dry.get()).as("samples with the pool dry (all connections in use, threads waiting)").isZero();
			assertThat(mostActive.get()).as("connections in use at once").isLessThan(poolSize);
			assertThat(timeouts.count() - timeoutsBefore).as("connection timeouts").isZero();
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Collections so far, and the milliseconds they took, all collectors together. */
	private static long[] garbageCollections() {
		long[] total = new long[2];
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			total[0] += Math.max(0, collector.getCollectionCount());
			total[1] += Math.max(0, collector.getCollectionTime());
		}
		return total;
	}

	/** One attacker (address, session cookie, CSRF token): wrong passwords as fast as the answers come. */
	private void attack(String[] attacker, String account, long end, Map<Integer, LongAdder> answers,
			ConcurrentLinkedQueue<String> errors) {
		try {
			InetAddress from = InetAddress.getByName(attacker[0]);
			String session = attacker[1];
			String csrf = attacker[2];
			while (System.nanoTime() < end) {
				byte[] body = HttpPages.form("email", account, "password", "guess " + ThreadLocalRandom.current().nextLong(),
						"_csrf", csrf).getBytes(StandardCharsets.UTF_8);
				RawHttp.Response response = RawHttp.sendFrom(from, this.port, "POST", "/login",
						Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", session), body);
				answers.computeIfAbsent(response.status(), (status) -> new LongAdder()).increment();
			}
		}
		catch (Exception ex) {
			if (System.nanoTime() < end) {
				errors.add("attacker from " + attacker[0] + " failed: " + ex);
			}
		}
	}

	/** One visitor, going from page to page: the time each page took. */
	private long[] visit(long end, ConcurrentLinkedQueue<String> errors) {
		HttpClient client = HttpClient.newHttpClient();
		long[] times = new long[1024];
		int count = 0;
		while (System.nanoTime() < end) {
			String page = LoadTests.PAGES.get(ThreadLocalRandom.current().nextInt(LoadTests.PAGES.size()));
			long started = System.nanoTime();
			try {
				HttpResponse<byte[]> response = client.send(get(page), HttpResponse.BodyHandlers.ofByteArray());
				long took = System.nanoTime() - started;
				if (response.statusCode() != 200) {
					errors.add(page + " answered " + response.statusCode());
				}
				if (count == times.length) {
					times = Arrays.copyOf(times, count * 2);
				}
				times[count++] = took;
			}
			catch (Exception ex) {
				errors.add(page + " failed: " + ex);
			}
		}
		return Arrays.copyOf(times, count);
	}

	/** The sign-in form, as a browser fills it: the page, then the post with its CSRF token. */
	private HttpResponse<String> signIn(HttpClient browser, String email) throws Exception {
		String login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(HttpPages.form("email", email, "password", PASSWORD, "_csrf",
					Jsoup.parse(login).selectFirst("input[name=_csrf]").val())))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
	}

}
