package ma.oim.site.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.testsupport.CsrfTokens;
import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.SqlStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each public page costs the database when it is rendered (the page cache is off in
 * tests): a small, fixed number of SQL statements, whatever the number of articles it
 * lists. Collections are read in batches (hibernate.default_batch_fetch_size), so one
 * article more on a page is never one query more.
 */
@SiteTest
class SqlStatementsPerPageTests {

	/** More than this on any public page means a query per item has crept in. */
	static final int MAX_STATEMENTS = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@ParameterizedTest
	@ValueSource(strings = { "/fr", "/en", "/fr/actualites", "/en/news?page=2",
			"/fr/actualites/l-oim-maroc-et-aljazeera-media-network-ont-signe-le-vendredi-3-juin-2016-un",
			"/en/news/iom-morocco-and-aljazeera-media-network-signed-a-partnership-agreement-on-friday",
			"/fr/notre-travail/axes/protection-et-resilience", "/fr/partenaires", "/en/partners",
			"/fr/recherche?q=formation", "/fr/actualites/flux.atom", "/fr/qui-sommes-nous", "/fr/contact",
			"/fr/publications", "/en/publications?type=report&year=2024", "/fr/publications/flux.atom",
			"/fr/evenements", "/fr/evenements?axis=protection-et-resilience&year=2026", "/en/events/2026/12", "/fr/appels", "/en/calls/closed",
			"/fr/communiques-de-presse", "/en/stories" })
	void publicPageIssuesASmallFixedNumberOfStatements(String path) throws Exception {
		List<String> statements = statements(path);
		assertThat(statements).as("SQL statements of %s", path).hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
	}

	/**
	 * The contact page is rendered for every visitor (its CSRF token is theirs): it writes
	 * nothing, no session above all, and reads only what its layout shows.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/fr/contact", "/en/contact", "/ar/اتصل-بنا" })
	void theContactPageWritesNothing(String path) throws Exception {
		CsrfTokens.restore(this.context);
		this.mvc.perform(get(path)).andExpect(status().isOk());
		assertThat(statements(path)).as("SQL statements of %s", path)
			.hasSizeLessThanOrEqualTo(2)
			.noneSatisfy((statement) -> assertThat(statement.strip().toLowerCase()).startsWith("insert"))
			.noneSatisfy((statement) -> assertThat(statement.strip().toLowerCase()).startsWith("update"));
	}

	/** The menu is read when a template shows it: a feed has none. */
	@ParameterizedTest
	@ValueSource(strings = { "/fr/actualites/flux.atom", "/en/news/feed.atom", "/robots.txt", "/fr/publications/flux.atom" })
	void documentsWithoutMenuDoNotReadThePages(String path) throws Exception {
		assertThat(statements(path)).as("SQL statements of %s", path)
			.noneSatisfy((statement) -> assertThat(statement).contains("page_translation"));
	}

	/** Every page with a menu reads the pages once, whatever else it shows of them. */
	@ParameterizedTest
	@ValueSource(strings = { "/fr", "/fr/qui-sommes-nous", "/en/news" })
	void pagesAreReadOncePerPage(String path) throws Exception {
		assertThat(statements(path)).as("SQL statements of %s", path)
			.filteredOn((statement) -> statement.contains("page_translation"))
			.hasSize(1);
	}

	/** The axes, which the filters and every card name, are read once per page. */
	@ParameterizedTest
	@ValueSource(strings = { "/fr", "/en/news", "/fr/recherche?q=formation", "/fr/notre-travail/ce-que-nous-faisons" })
	void axesAreReadOncePerPage(String path) throws Exception {
		assertThat(statements(path)).as("SQL statements of %s", path)
			.filteredOn((statement) -> statement.contains("thematic_axis_translation"))
			.hasSize(1);
	}

	/**
	 * Six more articles (2018, youth support, naming GADEM) on each list that shows them:
	 * as many statements as before. Seven stay under a page of ten, so Spring Data skips
	 * the count in both cases.
	 */
	@Test
	void noPageCostsMoreForListingMoreArticles() throws Exception {
		List<String> paths = List.of("/fr/actualites?year=2018", "/en/news?year=2018",
				"/fr/notre-travail/axes/appui-a-la-jeunesse", "/fr/notre-travail/axes/appui-a-la-jeunesse/flux.atom",
				"/fr/partenaires", "/fr/recherche?q=djiboutienne", "/fr/actualites/flux.atom", "/fr");
		Map<String, Integer> before = new LinkedHashMap<>();
		for (String path : paths) {
			before.put(path, statements(path).size());
		}
		addArticles(6);
		Map<String, Integer> after = new LinkedHashMap<>();
		for (String path : paths) {
			after.put(path, statements(path).size());
		}
		assertThat(after).isEqualTo(before);
		assertThat(Html.page(this.mvc, "/fr/actualites?year=2018").select("article.card")).hasSize(7);
		assertThat(Html.page(this.mvc, "/fr/recherche?q=djiboutienne").select("li.search-result"))
			.hasSizeGreaterThan(1);
	}

	@AfterEach
	void removeAddedArticles() {
		this.jdbc.update("delete from article where author_email = 'sql-statements@oim.test'");
	}

	/** Public articles like the Djibouti study visit: 2018, youth support, GADEM, in French and English. */
	private void addArticles(int count) {
		for (int i = 1; i <= count; i++) {
			long id = this.jdbc.queryForObject("insert into article (status, published_at, author_email) values "
					+ "('PUBLISHED', timestamptz '2018-02-01 10:00Z' + ? * interval '1 day', 'sql-statements@oim.test') "
					+ "returning id", Long.class, i);
			for (String language : List.of("fr", "en")) {
				this.jdbc.update("insert into article_translation (article_id, language, slug, title, summary, body_html) "
						+ "values (?, ?, ?, ?, 'Délégation djiboutienne', '<p>Visite djiboutienne.</p>')", id, language,
						"requetes-" + language + "-" + i, "Visite djiboutienne " + i);
			}
			this.jdbc.update("insert into article_axis (article_id, axis_id) values (?, 3)", id);
			this.jdbc.update("insert into article_partner (article_id, partner_id) values (?, 8)", id);
		}
	}

	private List<String> statements(String path) throws Exception {
		return SqlStatements.during(() -> this.mvc.perform(get(path)).andExpect(status().isOk()));
	}

}
