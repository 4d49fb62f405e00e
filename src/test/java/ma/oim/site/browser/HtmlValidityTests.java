package ma.oim.site.browser;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import ma.oim.site.browser.PageTypes.PageType;
import ma.oim.site.media.MediaService;
import ma.oim.site.testsupport.HtmlChecker;
import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SampleCall;
import ma.oim.site.testsupport.SamplePressRelease;
import ma.oim.site.testsupport.SampleStory;
import ma.oim.site.testsupport.SampleEvent;
import ma.oim.site.testsupport.SamplePublication;
import ma.oim.site.testsupport.ImageArticles;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The Nu Html Checker finds no error on any kind of page, in either language. Public pages
 * are fetched through Tomcat (so the 404 page is the container's error dispatch); back-office
 * pages are rendered for the signed-in administrator. No browser is needed.
 */
@SiteTest
class HtmlValidityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaService media;

	@LocalServerPort
	int port;

	static Stream<Arguments> pages() {
		return PageTypes.all()
			.flatMap((type) -> PageTypes.LANGUAGES.stream()
				.filter((language) -> type.path(language) != null)
				.map((language) -> Arguments.of(type, language)));
	}

	/** The sample event would be in the news lists and feeds other tests count. */
	@AfterEach
	void deleteTheSampleEvent() {
		SampleEvent.delete(this.jdbc);
		SampleCall.delete(this.jdbc);
		SamplePressRelease.delete(this.jdbc);
		SampleStory.delete(this.jdbc);
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void pageIsValidHtml(PageType type, String language) throws Exception {
		SamplePublication.ensure(this.jdbc);
		SampleEvent.ensure(this.jdbc);
		SampleCall.ensure(this.jdbc);
		SamplePressRelease.ensure(this.jdbc);
		SampleStory.ensure(this.jdbc);
		String path = type.path(language);
		String html;
		if (type.signedIn()) {
			html = this.mvc.perform(get(path).with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		else {
			HttpResponse<String> response = HttpPages.get(this.port, path);
			assertThat(response.statusCode()).as(path).isEqualTo(PageTypes.expectedStatus(type));
			html = response.body();
		}
		assertThat(html).as(path).startsWith("<!DOCTYPE html>");
		HtmlChecker.assertValid(type.name() + " " + path, html);
	}

	@Test
	void articleWithPhotosAndAVideoAndItsFocalPointScreenAreValidHtml() throws Exception {
		ImageArticles.Published article = ImageArticles.publish(this.mvc, this.media, this.jdbc, "Validité des photos",
				true);
		try {
			for (String language : PageTypes.LANGUAGES) {
				HttpResponse<String> response = HttpPages.get(this.port, article.path(language));
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("<picture>", "video-poster");
				HtmlChecker.assertValid(PageTypes.ARTICLE_WITH_PHOTOS + " (" + language + ")", response.body());
			}
			long image = this.jdbc.queryForObject("select featured_image_id from article where id = ?", Long.class,
					article.id());
			for (String language : PageTypes.BACK_OFFICE_LANGUAGES) {
				String html = this.mvc.perform(get("/admin/media/" + image + "/focal-point").param("lang", language)
					.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).contains("focal-image");
				HtmlChecker.assertValid(PageTypes.FOCAL_POINT + " (" + language + ")", html);
				String editor = this.mvc.perform(get("/admin/articles/" + article.id()).param("lang", language)
					.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(editor).as("the editor links its image's focal point")
					.contains("href=\"/admin/media/" + image + "/focal-point\"");
				HtmlChecker.assertValid("article editor with a photo (" + language + ")", editor);
			}
		}
		finally {
			this.jdbc.update("delete from article where id = ?", article.id());
		}
	}

	@Test
	void theCheckerCatchesErrors() {
		String invalid = "<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body>"
				+ "<p><div>bloc dans un paragraphe</div></p><img src=\"x.png\"><a href=\"/\" id=\"a\">a</a>"
				+ "<span id=\"a\">doublon</span></body></html>";
		assertThat(HtmlChecker.errors(invalid)).hasSizeGreaterThanOrEqualTo(3)
			.anySatisfy((error) -> assertThat(error).contains("alt"))
			.anySatisfy((error) -> assertThat(error).contains("Duplicate ID"));
		assertThatThrownBy(() -> HtmlChecker.assertValid("invalid", invalid)).hasMessageContaining("error(s)");
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body><p>ok</p></body></html>"))
			.isEmpty();
	}

	@ParameterizedTest(name = PageTypes.EDITOR_WITH_ERRORS + " ({0})")
	@ValueSource(strings = { "fr", "en" })
	void editorWithValidationErrorsIsValidHtml(String language) throws Exception {
		String html = this.mvc
			.perform(multipart("/admin/articles/new").param("lang", language)
				.param("texts[fr].title", "")
				.param("texts[fr].slug", "Pas valide !")
				.param("texts[en].summary", "A summary without a title")
				.param("publishedAt", "2020-13-45T99:99")
				.param("image.alt[fr]", "")
				.param("action", "save")
				.with(csrf())
				.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("error-summary");
		HtmlChecker.assertValid(PageTypes.EDITOR_WITH_ERRORS + " (" + language + ")", html);
	}

	@ParameterizedTest(name = WaitingReview.NAME + " ({0})")
	@ValueSource(strings = { "fr", "en", "ar" })
	void reviewPagesOfAnArticleWaitingAreValidHtml(String language) throws Exception {
		long id = WaitingReview.create(this.jdbc, "validity-review");
		try {
			for (String path : List.of("/admin/review", "/admin/articles/" + id + "/review", "/admin")) {
				String html = this.mvc.perform(get(path).param("lang", language)
					.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).as(path).contains("Le bureau de Tanger");
				HtmlChecker.assertValid(WaitingReview.NAME + " " + path + " (" + language + ")", html);
			}
			String withErrors = this.mvc
				.perform(multipart("/admin/articles/" + id + "/review/send-back").param("lang", language)
					.param("reason", "")
					.with(csrf())
					.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(withErrors).contains("reason-error", "<del>");
			HtmlChecker.assertValid(WaitingReview.NAME + ", reason missing (" + language + ")", withErrors);
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	@ParameterizedTest(name = "contributor's pages ({0})")
	@ValueSource(strings = { "fr", "en", "ar" })
	void contributorsPagesAreValidHtml(String language) throws Exception {
		String contributor = "contributor-validity-" + language + "@oim.test";
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role) values (?, ?, ?, 'CONTRIBUTOR')",
				contributor, "Camille", "{noop}unused");
		long id = this.jdbc.queryForObject("insert into article (status, author_email) values ('DRAFT', ?) returning id",
				Long.class, contributor);
		this.jdbc.update("insert into article_translation (article_id, language, slug, title) values (?, 'fr', ?, ?)", id,
				"brouillon-validite-" + language, "Brouillon de Camille");
		try {
			for (String path : List.of("/admin", "/admin/articles", "/admin/articles/new", "/admin/articles/" + id,
					"/admin/articles/" + id + "/review")) {
				String html = this.mvc.perform(get(path).param("lang", language)
					.with(user(contributor).roles("CONTRIBUTOR")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).as(path).contains("Camille").doesNotContain("value=\"publish\"");
				HtmlChecker.assertValid("contributor's page " + path + " (" + language + ")", html);
			}
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
			this.jdbc.update("delete from app_user where email = ?", contributor);
		}
	}

	@ParameterizedTest(name = PageTypes.EDITOR_OUT_OF_DATE + " ({0})")
	@ValueSource(strings = { "fr", "en" })
	void editorWithATranslationOutOfDateIsValidHtml(String language) throws Exception {
		long id = TestArticles.withTranslationOutOfDate(this.jdbc, "validity-out-of-date");
		try {
			for (String path : List.of("/admin/articles/" + id, "/admin/articles?title=Tanger", "/admin")) {
				String html = this.mvc.perform(get(path).param("lang", language)
					.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).as(path).contains("out-of-date");
				HtmlChecker.assertValid(PageTypes.EDITOR_OUT_OF_DATE + " " + path + " (" + language + ")", html);
			}
		}
		finally {
			this.jdbc.update("delete from article where id = ?", id);
		}
	}

	/**
	 * The library's pages with an image in them: the image's page (where used, consent),
	 * the library, the dashboard flagging it, the editor's picker, and the upload form
	 * sent back with its errors.
	 */
	@ParameterizedTest(name = PageTypes.MEDIA_ITEM + " ({0})")
	@ValueSource(strings = { "fr", "en", "ar" })
	void mediaLibraryPagesWithAnImageAreValidHtml(String language) throws Exception {
		long id = TestArticles.libraryImage(this.jdbc, "validity-" + language + ".jpg");
		try {
			for (String path : List.of("/admin/media/" + id, "/admin/media", "/admin", "/admin/articles/new")) {
				String html = this.mvc.perform(get(path).param("lang", language)
					.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).as(path).contains("validity-" + language + ".jpg");
				if (!path.equals("/admin")) {
					assertThat(html).as(path).contains("class=\"restrictions card-meta\"");
				}
				HtmlChecker.assertValid(PageTypes.MEDIA_ITEM + " " + path + " (" + language + ")", html);
			}
			String refused = this.mvc
				.perform(multipart("/admin/media").file("file", "not an image".getBytes())
					.param("lang", language)
					.param("consentExpiresOn", "31/02/2020")
					.with(csrf())
					.with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).contains("error-summary", "alt[fr]-error", "consentExpiresOn-error");
			HtmlChecker.assertValid(PageTypes.MEDIA_ITEM + " upload refused (" + language + ")", refused);
		}
		finally {
			this.jdbc.update("delete from media where id = ?", id);
		}
	}

}
