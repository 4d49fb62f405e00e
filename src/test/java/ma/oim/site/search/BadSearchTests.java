package ma.oim.site.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a visitor types, the search answers with a page in their language: never a
 * 500, never a database error, never their text unescaped.
 */
@SiteTest
class BadSearchTests {

	@LocalServerPort
	int port;

	@Test
	void emptyQueryShowsAPrompt() {
		for (String path : new String[] { "/fr/recherche", "/fr/recherche?q=", "/fr/recherche?q=%20%20%09" }) {
			Document page = page(path, 200);
			assertThat(page.selectFirst("[role=status]").text()).as(path).startsWith("Saisissez un ou plusieurs mots");
			assertThat(page.select(".search-result")).isEmpty();
		}
		assertThat(page("/en/search", 200).selectFirst("[role=status]").text()).startsWith("Type one or more words");
	}

	@Test
	void queryOverTwoHundredCharactersIsABadRequestWithAMessage() {
		Document page = page("/fr/recherche?q=" + "a".repeat(201), 400);
		assertThat(page.selectFirst("[role=status]").text()).isEqualTo(
				"Votre recherche est trop longue : 200 caractères au plus. Raccourcissez-la et recommencez.");
		assertThat(page.selectFirst("#search-q").attr("value")).hasSize(200);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		Document english = page("/en/search?q=" + "word%20".repeat(150), 400);
		assertThat(english.selectFirst("[role=status]").text()).startsWith("Your search is too long");
		// Two hundred characters exactly are searched.
		page("/fr/recherche?q=" + "a".repeat(200), 200);
		// Characters, not bytes: 200 accented letters are fine.
		page("/fr/recherche?q=" + encode("é".repeat(200)), 200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "!!! && || :*()", "!", "&", "|", ":*", "()", "<->", "'", "\"", "-", "!!! -- ?? ** ..." })
	void onlyPunctuationOrOperatorsAsksForWords(String query) {
		Document page = page("/fr/recherche?q=" + encode(query), 200);
		assertThat(page.selectFirst("[role=status]").text()).as(query)
			.startsWith("Votre recherche ne contient aucun mot");
		assertThat(page.select(".search-result")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "' or 1=1 --", "'; drop table article; --", "formation' or '1'='1", "\\", "%", "_",
			"formation & !", "formation | ", "!formation", "formation:*", "\"formation", "or", "-formation", "a <-> b",
			"le la les", "{", "}", "a{b}c", "{q}", "$1", ":text", "?", "formation\u0000", "zzzzzzzzzz", "مرحبا",
			"😀 formation" })
	void strangeQueriesAreSearchedCalmly(String query) {
		Document page = page("/fr/recherche?q=" + encode(query), 200);
		assertThat(page.selectFirst("[role=status]")).as(query).isNotNull();
	}

	@Test
	void databaseStillHasItsArticlesAfterSqlMetacharacters() {
		page("/fr/recherche?q=" + encode("'; delete from article; --"), 200);
		Document list = page("/fr/actualites", 200);
		assertThat(list.selectFirst(".result-count").text()).isEqualTo("11 actualités");
	}

	@Test
	void markupInTheQueryIsNeverEchoedUnescaped() {
		String query = "<script>alert(1)</script> formation \"><img src=x onerror=alert(2)>";
		HttpResponse<String> response = HttpPages.get(this.port, "/fr/recherche?q=" + encode(query));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert", "<img src=x", "\"><img");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
		assertThat(page.select("img[src=x]")).isEmpty();
		assertThat(page.selectFirst("#search-q").attr("value")).isEqualTo(query);
		assertThat(page.selectFirst("[role=status]").text()).contains("« \u2068" + query + "\u2069 »");
		assertThat(page.title()).contains("<script>alert(1)</script>");
		// The highlight is the only markup in results.
		assertThat(page.select(".search-result h2 a *")).allSatisfy((element) -> assertThat(element.tagName()).isEqualTo("mark"));
	}

	@Test
	void badFiltersAndPagesAreClientErrors() {
		page("/fr/recherche?q=OIM&axis=inconnu", 400);
		page("/en/search?q=IOM&axis=protection-et-resilience", 400);
		page("/fr/recherche?q=OIM&axis=" + "a".repeat(5000), 400);
		page("/fr/recherche?q=OIM&year=abc", 400);
		page("/fr/recherche?q=OIM&year=1200", 400);
		page("/fr/recherche?q=OIM&year=99999999999", 400);
		page("/fr/recherche?q=OIM&page=0", 400);
		page("/fr/recherche?q=OIM&page=-3", 400);
		page("/fr/recherche?q=OIM&page=abc", 400);
		page("/fr/recherche?q=OIM&page=99", 404);
		page("/fr/recherche?q=OIM&page=2147483647", 404);
		// No query: nothing is searched, whatever the page number.
		page("/fr/recherche?page=7", 200);
	}

	private Document page(String path, int status) {
		HttpResponse<String> response = HttpPages.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).as(path).doesNotContain("Exception", "at ma.oim", "org.springframework",
				"PSQLException", "ERROR:", "syntax error");
		return Jsoup.parse(response.body());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
