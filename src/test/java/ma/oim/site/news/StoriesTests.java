package ma.oim.site.news;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static ma.oim.site.news.EventsTests.JSON;
import static ma.oim.site.news.EventsTests.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stories, long-form articles with a lead image, on the real database: the list (newest
 * first) in every language, the page with its lead image large, Article structured data,
 * feed, search, sitemap, and the editor refusing to publish one without its image.
 */
@SiteTest
class StoriesTests {

	static final Instant NOW = local("2026-12-01T11:00");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final List<Long> ids = new ArrayList<>();

	final List<Long> media = new ArrayList<>();

	String marker;

	@BeforeEach
	void setClock() {
		this.clock.setInstant(NOW);
		this.marker = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
	}

	@AfterEach
	void deleteAndResetClock() {
		this.clock.reset();
		this.ids.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
		this.media.forEach((id) -> this.jdbc.update("delete from media where id = ?", id));
	}

	@Test
	void listAndPageShowTheStoryWithItsLeadImageAsAnArticle() throws Exception {
		story("PUBLISHED", "ancien-" + this.marker, "Ancien " + this.marker, local("2026-11-01T10:00"));
		story("PUBLISHED", "fatima-" + this.marker, "Fatima " + this.marker, local("2026-11-20T10:00"));
		Document list = page("/fr/recits");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Récits");
		assertThat(titles(list)).containsExactly("Fatima " + this.marker, "Ancien " + this.marker);
		assertThat(list.select(".card:has(a[href$=fatima-" + this.marker + "]) .story-badge").text()).isEqualTo("Récit");
		assertThat(titles(page("/en/stories"))).containsExactly("Fatima " + this.marker, "Ancien " + this.marker);
		Document arabic = page("/ar/قصص");
		assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.selectFirst("h1").text()).isEqualTo("قصص");
		assertThat(page("/en/stories").select("link[rel=alternate][hreflang=ar]").attr("href"))
			.endsWith(SitePaths.encode("/ar/قصص"));

		Document story = page("/fr/actualites/fatima-" + this.marker);
		assertThat(story.select("figure.featured.story-lead img")).hasSize(1);
		assertThat(story.select(".breadcrumb a").eachAttr("href")).contains("/fr/recits");
		assertThat(JSON.readTree(story.select("script[type=application/ld+json]").get(0).data()).get("@type").asString())
			.isEqualTo("Article");
		Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(
				this.mvc.perform(get("/fr/actualites/flux.atom")).andReturn().getResponse().getContentAsString())));
		assertThat(feed.getEntries().stream().map(Entry::getTitle)).contains("Récit : Fatima " + this.marker);
		assertThat(page("/fr/recherche?q=" + this.marker).select(".kind").eachText()).containsOnly("Récit");
		assertThat(Sitemaps.urls(this.mvc).keySet()).anyMatch((url) -> url.endsWith("/fr/actualites/fatima-" + this.marker))
			.anyMatch((url) -> url.endsWith("/fr/recits"));
		assertThat(page("/fr/actualites").select("a[href='/fr/recits']")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void draftStoryIsNotPublic() throws Exception {
		story("DRAFT", "brouillon-" + this.marker, "Brouillon " + this.marker, local("2026-11-01T10:00"));
		this.mvc.perform(get("/fr/actualites/brouillon-" + this.marker)).andExpect(status().isNotFound());
		assertThat(page("/fr/recits").text()).doesNotContain(this.marker);
	}

	@Test
	void editorRefusesToPublishAStoryWithoutItsLeadImageButSavesItsDraft() throws Exception {
		String title = "Récit " + this.marker;
		MvcResult refused = this.mvc
			.perform(PublishingTests.asEditor(multipart("/admin/articles/new"))
				.params(PublishingTests.article(title, null).with("kind", "STORY").with("action", "publish").params))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		Document form = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(form.selectFirst("[id=featuredImageId-error]").text())
			.isEqualTo("Un récit se publie avec son image principale : choisissez-en une.");
		MvcResult arabic = this.mvc
			.perform(PublishingTests.asEditor(multipart("/admin/articles/new?lang=ar"))
				.params(PublishingTests.article(title, null).with("kind", "STORY").with("action", "publish").params))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(Jsoup.parse(arabic.getResponse().getContentAsString()).selectFirst("[id=featuredImageId-error]").text())
			.isEqualTo("تُنشر القصة مع صورتها الرئيسية: اختر صورة.");
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where title = ?", Integer.class,
				title)).isZero();
		long id = PublishingTests.create(this.mvc, PublishingTests.article(title, null).with("kind", "STORY"), "save");
		this.ids.add(id);
		assertThat(this.jdbc.queryForMap("select kind, status from article where id = ?", id))
			.containsEntry("kind", "STORY").containsEntry("status", "DRAFT");
	}

	// Helpers

	/** A French-only story with a lead image, published at {@code published}; its id. */
	private long story(String status, String slug, String title, Instant published) {
		long image = this.jdbc.queryForObject("""
				insert into media (width, height, content_type, variant_widths, alt, uploaded_by, created_at)
				values (1600, 900, 'image/jpeg', '{480,960,1600}', '{"fr": "Fatima dans son atelier"}', 'stories@oim.test', now())
				returning id""", Long.class);
		this.media.add(image);
		long id = this.jdbc.queryForObject("""
				insert into article (status, published_at, kind, featured_image_id)
				values (?, ?, 'STORY', ?) returning id""", Long.class, status, published.atOffset(ZoneOffset.UTC), image);
		this.ids.add(id);
		this.jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_html)
				values (?, 'fr', ?, ?, ?, '<p>Un long récit.</p>')""", id, slug, title, "Résumé de " + title);
		return id;
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private List<String> titles(Document list) {
		return list.select(".card-title").eachText().stream().filter((title) -> title.contains(this.marker)).toList();
	}

}
