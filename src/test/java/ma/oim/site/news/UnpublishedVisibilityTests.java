package ma.oim.site.news;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A draft, a withdrawn article and a scheduled one (published, with a publication time
 * still to come) appear in no search, feed, sitemap, archive or related news; the
 * scheduled one appears everywhere by itself once the clock passes its time.
 */
@SiteTest
class UnpublishedVisibilityTests {

	/** A word no seeded text contains, in every test article's title. */
	static final String WORD = "xylophone";

	/** An article of the "protection et résilience" axis, whose related news the test articles would join. */
	static final String SAME_AXIS_ARTICLE = "/fr/actualites/lutte-contre-la-traite-des-etres-humains-deux-formations-au-profit-des-forces-de";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final List<Long> ids = new ArrayList<>();

	Instant scheduledAt;

	@BeforeEach
	void insertUnpublishedArticles() {
		this.scheduledAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
		insert("DRAFT", Instant.now().minus(Duration.ofDays(1)), "brouillon", "draft");
		insert("WITHDRAWN", Instant.now().minus(Duration.ofDays(2)), "retire", "withdrawn");
		insert("PUBLISHED", this.scheduledAt, "programme", "scheduled");
	}

	@AfterEach
	void deleteThem() {
		this.clock.reset();
		this.ids.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void unpublishedArticlesAppearNowhere() throws Exception {
		assertThat(searchResults("/fr/recherche?q=" + WORD)).isEmpty();
		assertThat(searchResults("/en/search?q=" + WORD)).isEmpty();
		for (String feed : List.of("/fr/actualites/flux.atom", "/en/news/feed.atom",
				"/fr/notre-travail/axes/protection-et-resilience/flux.atom",
				"/en/our-work/areas/protection-and-resilience/feed.atom")) {
			assertThat(feedTitles(feed)).as(feed).hasSize(feed.contains("axes") || feed.contains("areas") ? 4 : 11)
				.noneMatch((title) -> title.contains(WORD));
		}
		assertThat(Sitemaps.urls(this.mvc).keySet()).noneMatch((url) -> url.contains(WORD));
		assertThat(relatedTitles()).hasSize(3).noneMatch((title) -> title.contains(WORD));
		assertThat(Html.page(this.mvc, "/fr/actualites").select(".archive a").eachText()).containsExactly("2018", "2016");
	}

	@Test
	void theScheduledArticleAppearsEverywhereOnceItsTimeHasCome() throws Exception {
		this.clock.setInstant(this.scheduledAt.plus(Duration.ofMinutes(1)));
		assertThat(searchResults("/fr/recherche?q=" + WORD)).containsExactly("/fr/actualites/" + WORD + "-programme");
		assertThat(searchResults("/en/search?q=" + WORD)).containsExactly("/en/news/" + WORD + "-scheduled");
		assertThat(feedTitles("/fr/actualites/flux.atom")).hasSize(12).first().isEqualTo("Xylophone programme");
		assertThat(feedTitles("/en/news/feed.atom")).first().isEqualTo("Xylophone scheduled");
		assertThat(feedTitles("/fr/notre-travail/axes/protection-et-resilience/flux.atom")).hasSize(5);
		String sitemap = String.join(" ", Sitemaps.urls(this.mvc).keySet());
		assertThat(sitemap).contains("/fr/actualites/" + WORD + "-programme", "/en/news/" + WORD + "-scheduled")
			.doesNotContain(WORD + "-brouillon", WORD + "-retire");
		assertThat(relatedTitles()).hasSize(3).first().isEqualTo("Xylophone programme");
		// The archive's year in Morocco is PostgreSQL's (V7); the embedded server's rules for
		// Africa/Casablanca end a year an hour later than the JVM's from 2026 on.
		int year = this.jdbc.queryForObject("select extract(year from ? at time zone 'Africa/Casablanca')::integer",
				Integer.class, OffsetDateTime.ofInstant(this.scheduledAt, ZoneOffset.UTC));
		assertThat(Html.page(this.mvc, "/fr/actualites").select(".archive a").eachText()).contains(String.valueOf(year));
		// Draft and withdrawn stay out.
		assertThat(searchResults("/fr/recherche?q=brouillon")).isEmpty();
		assertThat(searchResults("/fr/recherche?q=retire")).isEmpty();
	}

	private void insert(String status, Instant publishedAt, String frenchSuffix, String englishSuffix) {
		long id = this.jdbc.queryForObject("insert into article (status, published_at) values (?, ?) returning id",
				Long.class, status, OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC));
		this.ids.add(id);
		this.jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_html)
				values (?, 'fr', ?, ?, 'Un chapô.', '<p>Un texte.</p>'), (?, 'en', ?, ?, 'A summary.', '<p>A text.</p>')""",
				id, WORD + "-" + frenchSuffix, "Xylophone " + frenchSuffix, id, WORD + "-" + englishSuffix,
				"Xylophone " + englishSuffix);
		this.jdbc.update("insert into article_axis (article_id, axis_id) values (?, 1)", id);
	}

	private List<String> searchResults(String path) throws Exception {
		return Html.page(this.mvc, path).select(".search-result h2 a").eachAttr("href");
	}

	private List<String> feedTitles(String path) throws Exception {
		String xml = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		Feed feed = (Feed) new WireFeedInput().build(new java.io.StringReader(xml));
		return feed.getEntries().stream().map(Entry::getTitle).toList();
	}

	private List<String> relatedTitles() throws Exception {
		return Html.page(this.mvc, SAME_AXIS_ARTICLE).select(".related-news li a").eachText();
	}

}
