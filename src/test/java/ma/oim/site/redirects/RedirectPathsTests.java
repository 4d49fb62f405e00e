package ma.oim.site.redirects;

import ma.oim.site.redirects.RedirectPaths.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the redirect form makes of what an administrator types or pastes. */
class RedirectPathsTests {

	private static final String SITE = "https://maroc.iom.int";

	@Test
	void anOldAddressIsItsDecodedPathWhateverItsHost() {
		assertThat(RedirectPaths.oldAddress(" /fr/news/ancien-article/ ").path()).isEqualTo("/fr/news/ancien-article");
		assertThat(RedirectPaths.oldAddress("https://morocco.iom.int/fr/news/ancien-article").path())
			.isEqualTo("/fr/news/ancien-article");
		assertThat(RedirectPaths.oldAddress("/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%82%D8%AF%D9%8A%D9%85%D8%A9").path())
			.isEqualTo("/ar/أخبار-قديمة");
		assertThat(RedirectPaths.oldAddress("/ar/أخبار-قديمة").path()).isEqualTo("/ar/أخبار-قديمة");
	}

	@Test
	void aNewAddressIsAPathOfThisSiteWithItsQuery() {
		assertThat(RedirectPaths.newAddress("/fr/actualites?axis=protection-et-resilience", SITE).path())
			.isEqualTo("/fr/actualites?axis=protection-et-resilience");
		assertThat(RedirectPaths.newAddress("https://maroc.iom.int/en/news", SITE).path()).isEqualTo("/en/news");
		assertThat(RedirectPaths.newAddress("HTTPS://MAROC.IOM.INT/en/news", SITE).path()).isEqualTo("/en/news");
	}

	@Test
	void whatCannotBeAPathOfThisSiteIsRefusedWithItsReason() {
		assertThat(problemOfNew("https://evil.example/fr")).isEqualTo("redirect.problem.external");
		assertThat(problemOfNew("//evil.example/fr")).isEqualTo("redirect.problem.notPath");
		assertThat(problemOfNew("javascript:alert(1)")).isEqualTo("redirect.problem.notPath");
		assertThat(problemOfNew("fr/actualites")).isEqualTo("redirect.problem.notPath");
		assertThat(problemOfNew("/fr/<script>alert(1)</script>")).isEqualTo("redirect.problem.invalid");
		assertThat(problemOfNew("/fr/a\u202Eb")).isEqualTo("redirect.problem.invalid");
		assertThat(problemOfNew("/fr/a%E2%80%AEb")).isEqualTo("redirect.problem.invalid");
		assertThat(problemOfNew("/fr/a b")).isEqualTo("redirect.problem.invalid");
		assertThat(problemOfNew("/fr/%zz")).isEqualTo("redirect.problem.invalid");
		assertThat(problemOfNew("/fr/../admin")).isEqualTo("redirect.problem.invalid");
		assertThat(problemOfNew("/admin/users")).isEqualTo("redirect.problem.reserved");
		assertThat(problemOfNew("/" + "a".repeat(1000))).isEqualTo("redirect.problem.tooLong");
		assertThat(RedirectPaths.oldAddress("/fr/news?id=12").problem()).isEqualTo("redirect.problem.query");
		assertThat(RedirectPaths.oldAddress("/LOGIN").problem()).isEqualTo("redirect.problem.reserved");
		assertThat(RedirectPaths.oldAddress("/fr/a\u0000").problem()).isEqualTo("redirect.problem.invalid");
	}

	@Test
	void aVisitorsPathIsLookedUpInTheFormStored() {
		assertThat(RedirectPaths.key("/fr/ancien/")).isEqualTo("/fr/ancien");
		assertThat(RedirectPaths.key("/")).isEqualTo("/");
		// "é" typed as e + combining accent is the same address as "é".
		assertThat(RedirectPaths.key("/fr/e\u0301te")).isEqualTo("/fr/\u00e9te");
		assertThat(RedirectPaths.pathOf("/fr/actualites?axis=x#top")).isEqualTo("/fr/actualites");
	}

	private static String problemOfNew(String typed) {
		Outcome outcome = RedirectPaths.newAddress(typed, SITE);
		assertThat(outcome.isRefused()).as(typed).isTrue();
		return outcome.problem();
	}

}
