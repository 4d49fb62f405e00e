package ma.oim.site.media;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The files of content the public cannot see are not served to visitors at their (easily
 * guessed) addresses: an article's image is public while the article is, and signed-in
 * editors see every image, kept out of shared caches.
 */
@SiteTest
class ImageVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final List<Long> articles = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		this.articles.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void anArticlesImageIsPublicWhileTheArticleIs() throws Exception {
		long article = create("save");
		String image = imageOf(article);
		anonymous(image, status().isNotFound());
		this.mvc.perform(get(image).with(user("editor@oim.test").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store, private"));

		save(article, "publish", null);
		anonymous(image, status().isOk());
		this.mvc.perform(get(image)).andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));

		this.mvc.perform(post("/admin/articles/" + article + "/withdraw").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		anonymous(image, status().isNotFound());
	}

	@Test
	void aScheduledArticlesImageBecomesPublicAtItsTime() throws Exception {
		long article = create("save");
		String image = imageOf(article);
		LocalDateTime at = LocalDateTime.ofInstant(this.clock.instant(), SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		save(article, "publish", at);
		anonymous(image, status().isNotFound());

		this.clock.setInstant(at.atZone(SiteZone.ZONE).toInstant().plusSeconds(60));
		anonymous(image, status().isOk());
	}

	/** An article that expires takes its images off the site at its expiry time, with no job. */
	@Test
	void anExpiredArticlesImageIsNoLongerPublic() throws Exception {
		long article = create("save");
		String image = imageOf(article);
		LocalDateTime expiry = LocalDateTime.ofInstant(this.clock.instant(), SiteZone.ZONE).plusDays(2)
			.truncatedTo(ChronoUnit.MINUTES);
		save(article, "publish", null, expiry);
		anonymous(image, status().isOk());

		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant().minusSeconds(1));
		anonymous(image, status().isOk());
		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant());
		anonymous(image, status().isNotFound());
	}

	/** An image only an English draft shows stays private while the French is public; it follows the English. */
	@Test
	void anImageOnlyInATranslationNotPublicIsNotPublic() throws Exception {
		long owner = create("save");
		String image = imageOf(owner);
		this.jdbc.update("update article set featured_image_id = null where id = ?", owner);
		long article = create("publish");
		this.mvc.perform(withEnglish(article, image, "DRAFT")).andExpect(status().isFound());
		this.jdbc.update("delete from media_use where owner = 'ARTICLE' and owner_id = ?", owner);
		anonymous(image, status().isNotFound());

		this.mvc.perform(withEnglish(article, image, "")).andExpect(status().isFound());
		anonymous(image, status().isOk());
	}

	/** The article's French as it is, with an English text showing the image, in its own state. */
	private MockHttpServletRequestBuilder withEnglish(long article, String image, String englishStatus) {
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, article);
		String title = this.jdbc.queryForObject(
				"select title from article_translation where article_id = ? and language = 'fr'", String.class, article);
		return post("/admin/articles/" + article).param("texts[fr].title", title)
			.param("texts[fr].summary", "Un résumé.")
			.param("texts[fr].body", "Un texte.")
			.param("texts[en].title", "English " + title)
			.param("texts[en].body", "![A photo](" + image + ")")
			.param("texts[en].status", englishStatus)
			.param("version", String.valueOf(version))
			.param("action", "save")
			.with(csrf())
			.with(editor());
	}

	/** The finding of the penetration test: /media/2/32.jpg still answered 200 after its article was deleted. */
	@Test
	void aDeletedArticlesImageIsNoLongerServedAndTheAuditLogNamesIt() throws Exception {
		long article = create("publish");
		String image = imageOf(article);
		anonymous(image, status().isOk());
		long imageId = Long.parseLong(image.split("/")[2]);

		this.mvc.perform(post("/admin/articles/" + article + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		anonymous(image, status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select details from audit_entry where action = 'ARTICLE_DELETED' and target_id = ?", String.class,
				String.valueOf(article)))
			.endsWith("(images no longer used: " + imageId + ")");
	}

	/** Partners are always public, and so are their logos. */
	@Test
	void aPartnersLogoIsPublic() throws Exception {
		this.mvc
			.perform(multipart("/admin/partners/new")
				.file(new MockMultipartFile("logoFile", "logo.png", "image/png", TestImages.png(300, 120)))
				.param("texts[fr].name", "Partenaire au logo")
				.param("texts[en].name", "Partner with a logo")
				.param("kind", "DONOR")
				.param("position", "99")
				.param("logo.alt[fr]", "Logo du partenaire")
				.with(csrf())
				.with(editor()))
			.andExpect(status().isFound());
		try {
			String logo = this.jdbc.queryForObject("select '/media/' || m.id || '/' || m.width || "
					+ "case m.content_type when 'image/png' then '.png' else '.jpg' end "
					+ "from partner p join media m on m.id = p.logo_id where p.position = 99", String.class);
			anonymous(logo, status().isOk());
		}
		finally {
			this.jdbc.update("delete from partner where position = 99");
		}
	}

	@Test
	void anUploadThatNoContentUsesIsNotPublic() throws Exception {
		long imageId = this.jdbc.queryForObject("select max(id) from media", Long.class);
		create("save");
		long orphan = this.jdbc.queryForObject("select max(id) from media", Long.class);
		assertThat(orphan).isGreaterThan(imageId);
		this.jdbc.update("delete from media_use where media_id = ?", orphan);
		anonymous("/media/" + orphan + "/480.jpg", status().isNotFound());
	}

	private long create(String action) throws Exception {
		MvcResult saved = this.mvc
			.perform(multipart("/admin/articles/new")
				.file(new MockMultipartFile("imageFile", "photo.jpg", "image/jpeg", TestImages.jpeg(800, 600)))
				.param("texts[fr].title", "Image visible " + System.nanoTime())
				.param("texts[fr].summary", "Un résumé.")
				.param("texts[fr].body", "Un texte.")
				.param("image.alt[fr]", "Une photo")
				.param("action", action)
				.with(csrf())
				.with(editor()))
			.andExpect(status().isFound())
			.andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.articles.add(id);
		return id;
	}

	private void save(long article, String action, LocalDateTime publishedAt) throws Exception {
		save(article, action, publishedAt, null);
	}

	private void save(long article, String action, LocalDateTime publishedAt, LocalDateTime expiresAt)
			throws Exception {
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, article);
		String title = this.jdbc.queryForObject(
				"select title from article_translation where article_id = ? and language = 'fr'", String.class, article);
		long image = this.jdbc.queryForObject("select featured_image_id from article where id = ?", Long.class,
				article);
		MockHttpServletRequestBuilder request = post("/admin/articles/" + article).param("texts[fr].title", title)
			.param("texts[fr].summary", "Un résumé.")
			.param("texts[fr].body", "Un texte.")
			.param("featuredImageId", String.valueOf(image))
			.param("version", String.valueOf(version))
			.param("action", action)
			.with(csrf())
			.with(editor());
		if (publishedAt != null) {
			request.param("publishedAt", publishedAt.toString());
		}
		if (expiresAt != null) {
			request.param("expiresAt", expiresAt.toString());
		}
		this.mvc.perform(request).andExpect(status().isFound());
	}

	private String imageOf(long article) {
		return this.jdbc.queryForObject("select '/media/' || m.id || '/' || m.width || '.jpg' from article a "
				+ "join media m on m.id = a.featured_image_id where a.id = ?", String.class, article);
	}

	private void anonymous(String path, ResultMatcher expected) throws Exception {
		this.mvc.perform(get(path)).andExpect(expected);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor@oim.test").roles("EDITOR");
	}

}
