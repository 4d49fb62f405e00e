package ma.oim.site.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ma.oim.site.media.ImageProcessor;
import ma.oim.site.testsupport.TestImages;
import org.flywaydb.core.Flyway;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/**
 * The benchmark's database (src/bench/run.sh): a fresh embedded PostgreSQL in a
 * temporary directory, migrated and seeded by the application's own Flyway migrations,
 * plus {@code N} generated public articles. The application then runs against it as a
 * separate process, exactly as in production (an external database): its start-up time
 * and memory are its own, and several instances can share the database.
 *
 * <p>Articles are generated with set-based SQL (one {@code insert ... select} per table
 * from {@code generate_series}); most of the time goes to PostgreSQL computing the
 * indexed search vectors. Their words are drawn from the seed's own vocabulary, frequent
 * words more often, so that full-text search matches, ranks and highlights realistic
 * text (a small vocabulary, about 600 words a language: common words match a large
 * share of the articles, which makes search harder, not easier). They are spread over
 * 2010 to yesterday, the three axes and the ten partners; seven in ten have an English
 * translation.
 *
 * <p>Usage: {@code BenchmarkDatabase}, then one line on standard input per size: the
 * number of generated articles wanted ({@code 100}, then {@code 10000}...). Each line
 * adds the articles missing and prints {@code READY <articles> <jdbc url>}. The database
 * grows from one size to the next, so 100,000 articles are generated once, not three
 * times. When standard input closes (the benchmark's script ended, however it ended),
 * PostgreSQL is stopped and its directory deleted.
 */
public final class BenchmarkDatabase {

	private BenchmarkDatabase() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "200")
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
		String url = postgres.getJdbcUrl("postgres", "postgres");
		Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
		DataSource database = postgres.getPostgresDatabase();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			administrator(connection);
			statement.execute(SENTENCES);
			statement.execute(PUBLICATIONS);
		}
		BufferedReader sizes = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		int generated = 0;
		for (String line = sizes.readLine(); line != null; line = sizes.readLine()) {
			int wanted = Integer.parseInt(line.strip());
			long started = System.nanoTime();
			generate(database, wanted - generated);
			if (generated == 0) {
				// After the first generated articles: the English article measured is news-12.
				try (Connection connection = database.getConnection()) {
					photoArticle(connection);
				}
				// After them too, so that the generated articles keep their ids (news-12).
				try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
					for (String kind : List.of(EVENTS, CALLS, PRESS_RELEASES, STORIES)) {
						statement.execute(kind);
					}
				}
			}
			generated = Math.max(generated, wanted);
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				// As a live database would be after autovacuum: statistics and visibility map up to date.
				statement.execute("vacuum analyze");
			}
			System.err.printf("Generated articles: %,d (%.1f s)%n", generated, (System.nanoTime() - started) / 1e9);
			System.out.println("READY " + generated + " " + url);
			System.out.flush();
		}
		System.exit(0);
	}

	/**
	 * Twenty-four public publications in French, English and Arabic (the migrations seed
	 * none), the first with a file: the publications list and a publication's page
	 * ({@code /fr/publications/rapport-de-reference-1}) are measured on them.
	 */
	static final String PUBLICATIONS = """
			insert into publication (type, status, published_at, issued_on, created_by, created_at, updated_at)
			select (array['REPORT', 'FACTSHEET', 'STUDY', 'PRESS_KIT', 'CALL'])[1 + n % 5], 'PUBLISHED',
			       now() - n * interval '9 days', current_date - n * 9, 'bench', now(), now()
			from generate_series(1, 24) as n;
			insert into publication_text (publication_id, language, slug, title, summary)
			select p.id, l.language, l.slug || '-' || row_number() over (partition by l.language order by p.id),
			       l.title || ' ' || row_number() over (partition by l.language order by p.id), l.summary
			from publication p cross join (values
			    ('fr', 'rapport-de-reference', 'Rapport de référence', 'La situation des personnes migrantes au Maroc et les réponses apportées.'),
			    ('en', 'reference-report', 'Reference report', 'The situation of migrants in Morocco and the responses given.'),
			    ('ar', 'تقرير-مرجعي', 'تقرير مرجعي', 'وضعية المهاجرين في المغرب والاستجابات المقدمة.')) as l(language, slug, title, summary);
			insert into publication_axis (publication_id, axis_id)
			select p.id, (select min(id) from thematic_axis) from publication p;
			insert into publication_file (publication_id, language, original_name, media_type, extension, size_bytes,
			    page_count, sha256, uploaded_by, uploaded_at, extraction_status)
			select min(id), 'fr', 'rapport.pdf', 'application/pdf', 'pdf', 9, 1, 'bench', 'bench', now(), 'NONE'
			from publication;
			insert into publication_file_chunk (file_id, position, bytes)
			select id, 0, convert_to('%PDF-1.4
', 'UTF8') from publication_file;
			""";

	/**
	 * Twelve public calls in French, English and Arabic (jobs, consultancies and tenders in
	 * turn), eight open (deadlines a week apart from now on) and four closed: the calls list
	 * ({@code /fr/appels}) is measured on them.
	 */
	static final String CALLS = kind("1 hour", "call_type, deadline, call_reference", """
			'CALL', (array['JOB', 'CONSULTANCY', 'TENDER'])[1 + n % 3],
			date_trunc('hour', now()) + (n - 4) * interval '7 days', 'OIM/RAB/2026-' || n""", """
			('fr', 'appel-de-reference', 'Appel de référence', 'Un appel pour un projet de protection des personnes migrantes.'),
			('en', 'reference-call', 'Reference call', 'A call for a project on the protection of migrants.'),
			('ar', 'نداء-مرجعي', 'نداء مرجعي', 'نداء لمشروع حول حماية المهاجرين.')""");

	/**
	 * Twelve public press releases in French, English and Arabic, a day apart, with their
	 * press contact: the press releases list ({@code /fr/communiques-de-presse}) is measured
	 * on them.
	 */
	static final String PRESS_RELEASES = kind("1 day", "press_contact_name, press_contact_email, press_contact_phone",
			"""
			'PRESS_RELEASE', 'Salma Bennani', 'presse@example.org', '+212 5 37 00 00 00'""", """
			('fr', 'communique-de-reference', 'Communiqué de référence', 'Un communiqué sur la protection des personnes migrantes.'),
			('en', 'reference-press-release', 'Reference press release', 'A press release on the protection of migrants.'),
			('ar', 'بلاغ-مرجعي', 'بلاغ مرجعي', 'بلاغ حول حماية المهاجرين.')""");

	/**
	 * Twelve public stories in French, English and Arabic, a day apart, each with the lead
	 * image of the article with photos (made just before): the stories list
	 * ({@code /fr/recits}) is measured on them, with its pictures.
	 */
	static final String STORIES = kind("1 day", "featured_image_id", """
			'STORY', (select a.featured_image_id from article a where a.featured_image_id is not null
			          order by a.id desc limit 1)""", """
			('fr', 'recit-de-reference', 'Récit de référence', 'Le récit d’une femme qui a rouvert son atelier à Oujda.'),
			('en', 'reference-story', 'Reference story', 'The story of a woman who reopened her workshop in Oujda.'),
			('ar', 'قصة-مرجعية', 'قصة مرجعية', 'قصة امرأة أعادت فتح ورشتها في وجدة.')""");

	/**
	 * Twelve public events in French, English and Arabic (the migrations seed none), six
	 * upcoming and six past, one a week around now, in Rabat or online: the events list
	 * ({@code /fr/evenements}) is measured on them.
	 */
	static final String EVENTS = kind("1 hour", "starts_at, ends_at, place, online_url", """
			'EVENT', date_trunc('hour', now()) + (n - 6) * interval '7 days',
			date_trunc('hour', now()) + (n - 6) * interval '7 days' + interval '3 hours',
			case when n % 2 = 0 then 'Hôtel Tour Hassan, Rabat' end,
			case when n % 2 = 1 then 'https://example.org/live/' || n end""", """
			('fr', 'atelier-de-reference', 'Atelier de référence', 'Un atelier sur la protection des personnes migrantes.'),
			('en', 'reference-workshop', 'Reference workshop', 'A workshop on the protection of migrants.'),
			('ar', 'ورشة-مرجعية', 'ورشة مرجعية', 'ورشة حول حماية المهاجرين.')""");

	/**
	 * Twelve public articles of a kind, with a text in French, English and Arabic each,
	 * published more than a year ago ({@code spacing} apart), so the news lists measured stay
	 * the generated news. {@code columns}: the kind's own columns; {@code values}: the kind,
	 * then their values for article {@code n} (1 to 12); {@code texts}: the three rows
	 * (language, slug, title, summary), numbered by the article.
	 */
	private static String kind(String spacing, String columns, String values, String texts) {
		return """
				with created as (
				    insert into article (status, published_at, created_at, updated_at, kind, %s)
				    select 'PUBLISHED', now() - interval '400 days' - n * interval '%s', now(), now(), %s
				    from generate_series(1, 12) as n
				    returning id)
				insert into article_translation (article_id, language, slug, title, summary, body_markdown, body_html)
				select c.id, l.language, l.slug || '-' || row_number() over (partition by l.language order by c.id),
				       l.title || ' ' || row_number() over (partition by l.language order by c.id), l.summary,
				       l.summary, '<p>' || l.summary || '</p>'
				from created c cross join (values %s) as l(language, slug, title, summary);
				""".formatted(columns, spacing, values, texts);
	}

	/**
	 * An article with three photos, laid out as a news story is: a featured photo, then two
	 * in the text below some paragraphs (as {@code ImageArticles} does in the tests). The
	 * photos are processed by the application's own {@link ImageProcessor}; the text is the
	 * HTML its Markdown writes for images typed by address. Dated in 2015, it stays off the
	 * first pages of the lists measured. src/bench/phone-weight.js weighs its page on a phone.
	 */
	static void photoArticle(Connection connection) throws Exception {
		ImageProcessor processor = new ImageProcessor();
		String[] alts = { "Des participants à une réunion", "Une formation à Rabat", "Un atelier à Oujda" };
		long[] photos = new long[alts.length];
		for (int i = 0; i < alts.length; i++) {
			ImageProcessor.Processed photo = processor.process(TestImages.photo(1600, 1067, i + 1));
			try (PreparedStatement media = connection.prepareStatement("""
					insert into media (width, height, content_type, variant_widths, alt, file_name, uploaded_by, created_at)
					values (?, ?, ?, ?, jsonb_build_object('fr', cast(? as text)), ?, 'bench@localhost', timestamptz '2015-06-01')
					returning id""")) {
				media.setInt(1, photo.width());
				media.setInt(2, photo.height());
				media.setString(3, photo.contentType());
				media.setArray(4, connection.createArrayOf("integer",
						photo.variants().stream().map(ImageProcessor.Variant::width).toArray()));
				media.setString(5, alts[i]);
				media.setString(6, "photo-" + (i + 1) + ".jpg");
				try (ResultSet id = media.executeQuery()) {
					id.next();
					photos[i] = id.getLong(1);
				}
			}
			for (ImageProcessor.Variant variant : photo.variants()) {
				try (PreparedStatement bytes = connection
					.prepareStatement("insert into media_variant (media_id, width, bytes) values (?, ?, ?)")) {
					bytes.setLong(1, photos[i]);
					bytes.setInt(2, variant.width());
					bytes.setBytes(3, variant.bytes());
					bytes.executeUpdate();
				}
			}
		}
		String paragraph = "<p>L'OIM accompagne les autorités marocaines dans la mise en œuvre de la stratégie nationale "
				+ "d'immigration et d'asile, avec ses partenaires de la société civile et les collectivités territoriales "
				+ "des régions de l'Oriental, de Souss-Massa et de Tanger-Tétouan-Al Hoceïma.</p>\n";
		String body = paragraph.repeat(3) + image(photos[1], alts[1]) + paragraph.repeat(2) + image(photos[2], alts[2])
				+ paragraph;
		try (Statement statement = connection.createStatement()) {
			statement.execute(PHOTO_ARTICLE.formatted(photos[0], body.replace("'", "''"), photos[0], photos[1],
					photos[2]));
		}
	}

	private static String image(long id, String alt) {
		return "<p><img src=\"/media/" + id + "/960.jpg\" alt=\"" + alt + "\"></p>\n";
	}

	/** %1$d: the featured photo; %2$s: the body's HTML; %3$d to %5$d: the three photos. */
	private static final String PHOTO_ARTICLE = """
			with created as (
			    insert into article (status, published_at, created_at, updated_at, author_email, featured_image_id)
			    values ('PUBLISHED', timestamptz '2015-06-01 10:00Z', timestamptz '2015-06-01 10:00Z',
			            timestamptz '2015-06-01 10:00Z', 'bench@localhost', %1$d)
			    returning id, published_at),
			text as (
			    insert into article_translation (article_id, language, slug, title, summary, body_html, body_markdown)
			    select id, 'fr', 'trois-photos-sur-un-telephone', 'Trois photos sur un téléphone',
			           'Trois photos d''une semaine de travail avec les partenaires.', '%2$s', '' from created)
			insert into media_use (media_id, owner, owner_id, public_from)
			select photo, 'ARTICLE', created.id, created.published_at
			from created, unnest(array[%3$d, %4$d, %5$d]::bigint[]) as photo;
			""";

	/**
	 * Articles are made first, then their translations in two halves on two connections
	 * at once: PostgreSQL computes each row's search vector (most of the time) on one core.
	 */
	static void generate(DataSource database, int articles) throws Exception {
		if (articles <= 0) {
			return;
		}
		long first;
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(TRIGGERS_OFF);
			try (ResultSet max = statement.executeQuery("select max(id) + 1 from article")) {
				max.next();
				first = max.getLong(1);
			}
			statement.execute(ARTICLES.formatted(articles));
		}
		ExecutorService halves = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int half = 0; half < 2; half++) {
				String sql = TRANSLATIONS.formatted(half, first);
				done.add(halves.submit(() -> {
					try (Connection connection = database.getConnection();
							Statement statement = connection.createStatement()) {
						statement.execute(TRIGGERS_OFF);
						statement.execute(sql);
					}
					return null;
				}));
			}
			for (Future<?> half : done) {
				half.get();
			}
		}
		finally {
			halves.shutdown();
		}
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("select recount_articles()");
		}
	}

	/**
	 * Generated rows are consistent by construction: no trigger runs for each of them (the
	 * counts of V7 are made again in one go, and the application is not listening yet).
	 */
	private static final String TRIGGERS_OFF = "set session_replication_role = replica";

	/**
	 * A pool of sentences made of the seed's own words, 2,000 a language, of 6 to 20 words,
	 * frequent words drawn more often ({@code random()^2} over the vocabulary sorted by
	 * frequency), as in real text.
	 */
	private static final String SENTENCES = """
			-- The same text on every run.
			select setseed(0.42);
			create unlogged table bench_sentence (language text, n integer, text text, primary key (language, n));

			with vocabulary as (
			    select language, array_agg(word order by uses desc, word) as words
			    from (select language, lower(word) as word, count(*) as uses
			          from (select language, title || ' ' || summary || ' ' || body_html as text from article_translation
			                union all
			                select language, title || ' ' || body_html from page_translation) seed,
			               regexp_split_to_table(html_to_text(seed.text), '[^A-Za-zÀ-ÖØ-öø-ÿŒœ]+') as word
			          where length(word) > 1
			          group by 1, 2) counted
			    group by language),
			drawn as (
			    select v.language, n,
			           -- "word" is named: an aggregate of outer columns only would belong to the outer query.
			           (select string_agg(v.words[1 + floor(power(random(), 2) * array_length(v.words, 1))::integer + 0 * word], ' ')
			            from generate_series(1, 6 + n % 15) as word) as sentence
			    from vocabulary v, generate_series(0, 1999) as n)
			insert into bench_sentence
			select language, n, upper(left(sentence, 1)) || substr(sentence, 2) || '.' from drawn;
			""";

	/** The articles: dates spread from 2010 to yesterday, axes, partners. */
	private static final String ARTICLES = """
			drop table if exists bench_article;
			create temporary table bench_article as
			select (select max(id) from article) + n as id,
			       timestamptz '2010-01-01' + (n * 7919 %% %1$d) * ((now() - interval '1 day' - timestamptz '2010-01-01') / %1$d) as at
			from generate_series(1, %1$d) as n;

			insert into article (id, status, published_at, created_at, updated_at, author_email)
			overriding system value
			select id, 'PUBLISHED', at, at, at, 'bench@localhost' from bench_article;
			select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));

			insert into article_axis (article_id, axis_id)
			select id, 1 + id %% 3 from bench_article
			union all
			select id, 1 + (id + 1) %% 3 from bench_article where id %% 4 = 0;

			insert into article_partner (article_id, partner_id)
			select id, (select min(p.id) from partner p) + id * 7 %% (select count(*) from partner)
			from bench_article where id %% 3 = 0;
			""";

	/**
	 * The translations of half the articles generated from id {@code %2$d} on (those of
	 * parity {@code %1$d}): French for all, English for seven in ten. Sentence k of article
	 * a is the pool's sentence hash(a, k): a title, a two-sentence summary, a body of three
	 * paragraphs of four sentences (about 160 words).
	 */
	private static final String TRANSLATIONS = """
			insert into article_translation (article_id, language, slug, title, summary, body_html, body_markdown)
			select a.id, l.language, case l.language when 'fr' then 'actualite-' else 'news-' end || a.id,
			       (select rtrim(s.text, '.') from bench_sentence s
			        where s.language = l.language and s.n = abs(hashint8(a.id * 64)) %% 2000),
			       (select string_agg(s.text, ' ' order by k) from generate_series(1, 2) as k
			        join bench_sentence s on s.language = l.language and s.n = abs(hashint8(a.id * 64 + k)) %% 2000),
			       (select '<p>' || string_agg(s.text, case when k %% 4 = 3 then '</p><p>' else ' ' end order by k) || '</p>'
			        from generate_series(3, 14) as k
			        join bench_sentence s on s.language = l.language and s.n = abs(hashint8(a.id * 64 + k)) %% 2000),
			       ''
			from article a
			cross join (values ('fr'), ('en')) as l (language)
			where a.id >= %2$d and a.id %% 2 = %1$d and (l.language = 'fr' or a.id %% 10 < 7)
			""";

	/** An account exists, so the application does not spend a start-up hashing a first password. */
	private static void administrator(Connection connection) throws SQLException {
		String hash = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()))
			.encode(UUID.randomUUID().toString());
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into app_user (email, display_name, password_hash, role) values ('bench@localhost', 'Benchmark', ?, 'ADMIN')")) {
			insert.setString(1, hash);
			insert.executeUpdate();
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			System.err.println("Could not stop PostgreSQL: " + ex.getMessage());
		}
	}

}
