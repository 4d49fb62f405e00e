package ma.oim.site.web;

import java.net.http.HttpResponse;

import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed or out-of-range addresses get a 400 or 404 page in the visitor's language,
 * never a 500 and never a trace of the internals.
 */
@SiteTest
class BadRequestsTests {

	static final String LONG_SLUG = "a".repeat(5000);

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/fr/actualites?page=-1, 400, fr", "/fr/actualites?page=0, 400, fr",
			"/fr/actualites?page=abc, 400, fr", "/en/news?page=99999999999, 400, en",
			"/fr/actualites?page=99, 404, fr", "/fr/actualites?year=foo, 400, fr", "/en/news?year=-5, 400, en",
			"/fr/actualites?year=99999, 400, fr", "/fr/actualites?axis=inconnu, 400, fr",
			"/en/news?axis=protection-et-resilience, 400, en", "/fr/actualites/article-inconnu, 404, fr",
			"/en/news/l-oim-devient-une-organisation-affiliee-aux-nations-unies, 404, en",
			"/fr/notre-travail/axes/inconnu, 404, fr", "/en/our-work/areas/unknown?page=2, 404, en",
			"/fr/notre-travail/axes/appui-a-la-jeunesse?page=x, 400, fr", "/fr/page-inconnue, 404, fr",
			"/en/who-we-are/nothing/here, 404, en", "/fr/qui-sommes-nous/oim-global, 404, fr",
			"/de/actualites, 404, fr", "/nothing, 404, fr" })
	void badAddressGetsALocalizedClientError(String path, int status, String language) throws Exception {
		assertClientError(path, status, language);
	}

	@ParameterizedTest
	@CsvSource({ "/fr/actualites/", "/en/news/", "/fr/notre-travail/axes/", "/en/", "/fr/qui-sommes-nous/" })
	void fiveThousandCharacterSlugIsNotFound(String prefix) throws Exception {
		assertClientError(prefix + LONG_SLUG, 404, prefix.substring(1, 3));
	}

	@org.junit.jupiter.api.Test
	void unprefixedAddressIsAnsweredInTheBrowsersLanguage() {
		HttpResponse<String> response = HttpPages.get(this.port, "/nothing", "Accept-Language", "en-US,en;q=0.8");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"en\"", "Page not found");
	}

	private void assertClientError(String path, int status, String language) throws Exception {
		HttpResponse<String> response = HttpPages.get(this.port, path);
		String body = response.body();
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(body).as(path).contains("<html lang=\"" + language + "\"");
		assertThat(body).as(path).contains("name=\"robots\" content=\"noindex\"");
		assertThat(body).as(path).doesNotContain("Exception", "at ma.oim", "org.springframework", "SQL");
	}

}
