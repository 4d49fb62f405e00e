package ma.oim.site.news;

import java.time.Instant;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

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
class StoriesTests extends KindsTestSupport {

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
		assertThat(feedTitles()).contains("Récit : Fatima " + this.marker);
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
		return article(status, published, slug, title, "<p>Un long récit.</p>", "kind, featured_image_id", "STORY",
				image);
	}

}
