package ma.oim.site.media;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The media library through the whole stack on PostgreSQL: upload once, find by words and
 * month, place an image in a text by its reference, see where it is used, delete it only
 * when nothing uses it; and the consent of the people a photo shows.
 */
@SiteTest
class MediaLibraryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final List<Long> articles = new ArrayList<>();

	final List<Long> images = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		this.articles.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
		this.images.forEach((id) -> this.jdbc.update("delete from media where id = ?", id));
	}

	@Test
	void anImageIsFoundByItsNameItsAltTextAndItsMonth() throws Exception {
		String word = "tanger" + System.nanoTime();
		long id = upload(word + "-atelier.jpg", "Des jeunes au port de Tanger " + word, false);
		long other = upload("autre-" + System.nanoTime() + ".jpg", "Un paysage " + word.toUpperCase() + "x", false);

		assertThat(found("q=" + word)).contains(id, other);
		assertThat(found("q=" + word + "-atelier")).containsExactly(id);
		assertThat(found("q=JEUNES port " + word)).containsExactly(id);
		assertThat(found("q=zzzqqq" + System.nanoTime())).isEmpty();
		YearMonth month = YearMonth.from(this.clock.instant().atZone(SiteZone.ZONE));
		assertThat(found("q=" + word + "&month=" + month)).contains(id, other);
		assertThat(found("q=" + word + "&month=" + month.minusYears(3))).isEmpty();

		Document list = page(get("/admin/media").param("q", word));
		assertThat(list.select(".media-card code").eachText()).contains("![Des jeunes au port de Tanger " + word + "](media:" + id + ")");
		this.mvc.perform(get("/admin/media").param("month", "2026-13").with(editor())).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/media").param("page", "9999").with(editor())).andExpect(status().isNotFound());
	}

	@Test
	void theLibraryIsPaginatedNewestFirst() throws Exception {
		String word = "pagine" + System.nanoTime();
		List<Long> uploaded = new ArrayList<>();
		for (int i = 0; i < MediaLibrary.PAGE_SIZE + 2; i++) {
			uploaded.add(insert(word + "-" + i + ".jpg"));
		}
		assertThat(found("q=" + word)).hasSize(MediaLibrary.PAGE_SIZE).startsWith(uploaded.get(uploaded.size() - 1));
		assertThat(found("q=" + word + "&page=2")).hasSize(2).endsWith(uploaded.get(0));
		Document list = page(get("/admin/media").param("q", word));
		assertThat(list.selectFirst("h2#results-title").text()).isEqualTo((MediaLibrary.PAGE_SIZE + 2) + " images");
		assertThat(list.select("nav.pagination a[rel=next]").attr("href")).contains("q=" + word, "page=2");
	}

	@Test
	void anImageOfTheLibraryIsPlacedInATextByItsReferenceAndShowsWhereItIsUsed() throws Exception {
		long id = upload("reference.jpg", "Une photo de la médiathèque", false);
		String image = "/media/" + id + "/800.jpg";
		this.mvc.perform(get(image)).andExpect(status().isNotFound());

		long article = article("Texte avant.\n\n![](media:" + id + ")\n\nTexte après.", "publish");
		String slug = this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = 'fr'", String.class, article);
		Element img = Jsoup.parse(this.mvc.perform(get("/fr/actualites/" + slug)).andReturn().getResponse()
			.getContentAsString()).selectFirst(".prose img, article img[src^='/media/" + id + "/']");
		assertThat(img).isNotNull();
		assertThat(img.attr("src")).isEqualTo(image);
		assertThat(img.attr("alt")).isEqualTo("Une photo de la médiathèque");
		assertThat(img.attr("width")).isEqualTo("800");
		assertThat(img.attr("height")).isEqualTo("600");
		this.mvc.perform(get(image)).andExpect(status().isOk());

		Document item = page(get("/admin/media/" + id));
		assertThat(item.select(".media-uses a").eachAttr("href")).containsExactly("/admin/articles/" + article);
		assertThat(item.selectFirst(".media-uses").text()).contains("(en ligne)");
	}

	@Test
	void aReferenceToNoImageLeavesItsAltText() throws Exception {
		String html = this.mvc
			.perform(post("/admin/markdown").param("source", "Avant ![Photo disparue](media:999999999) après")
				.with(csrf())
				.with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Avant Photo disparue après").doesNotContain("<img");
	}

	@Test
	void anImageInUseCannotBeDeletedAndOneUnusedCan() throws Exception {
		long id = upload("en-usage.jpg", "Une photo utilisée", false);
		long article = article("![](media:" + id + ")", "save");

		Document refused = Jsoup.parse(this.mvc.perform(post("/admin/media/" + id + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.selectFirst(".problem[role=alert]").text()).startsWith("Cette image est encore utilisée");
		assertThat(refused.select(".media-uses a").eachAttr("href")).containsExactly("/admin/articles/" + article);
		assertThat(this.jdbc.queryForObject("select count(*) from media where id = ?", Long.class, id)).isOne();

		this.mvc.perform(post("/admin/articles/" + article + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		this.mvc.perform(post("/admin/media/" + id + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from media where id = ?", Long.class, id)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'MEDIA_DELETED' and target_id = ?", Long.class,
				String.valueOf(id)))
			.isOne();
		this.mvc.perform(post("/admin/media/" + id + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isNotFound());
	}

	/** A change proposed to a public article keeps its images: listed where used, not deleted, not public. */
	@Test
	void anImageOnlyAProposedChangeShowsIsKeptButNotPublic() throws Exception {
		long id = upload("proposee.jpg", "Une photo proposée", false);
		long article = article("Sans image.", "publish");
		// With review required, an editor's change to a public article is a proposal too.
		this.jdbc.update("insert into site_setting (name, value, updated_at, updated_by) values"
				+ " ('editors-publish-without-review', 'false', now(), 'test')");
		try {
			this.mvc.perform(save(article, "Avec ![](media:" + id + ").", "save")).andExpect(status().isFound());
		}
		finally {
			this.jdbc.update("delete from site_setting where name = 'editors-publish-without-review'");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from article_proposal where article_id = ?", Long.class,
				article)).isOne();
		Document refused = Jsoup.parse(this.mvc.perform(post("/admin/media/" + id + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select(".media-uses a").eachAttr("href")).containsExactly("/admin/articles/" + article);
		assertThat(refused.selectFirst(".media-uses").text()).contains("Changement proposé à l’article");
		this.mvc.perform(get("/media/" + id + "/800.jpg")).andExpect(status().isNotFound());

		this.mvc.perform(post("/admin/articles/" + article + "/proposal/discard").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		this.mvc.perform(post("/admin/media/" + id + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isFound());
	}

	@Test
	void anImageOnlyInTheLibraryIsNotPublic() throws Exception {
		long id = upload("seulement-bibliotheque.jpg", "Pas encore utilisée", false);
		this.mvc.perform(get("/media/" + id + "/800.jpg")).andExpect(status().isNotFound());
		this.mvc.perform(get("/media/" + id + "/800.jpg").with(editor())).andExpect(status().isOk());
	}

	@Test
	void everyVariantOfAPhotoSentToTheLibraryIsWithoutGpsOrCameraData() throws Exception {
		long id = upload("IMG_GPS.jpg", "Photo avec position", false, TestImages.jpegWithGpsExif(2400, 1600));
		List<Integer> widths = this.jdbc.queryForList("select width from media_variant where media_id = ? order by width",
				Integer.class, id);
		assertThat(widths).containsExactly(480, 960, 1600);
		for (int width : widths) {
			byte[] bytes = this.mvc.perform(get("/media/" + id + "/" + width + ".jpg").with(editor()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
			assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as(width + "w").isNull();
			assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).as(width + "w").isNull();
		}
	}

	/** A PNG's text chunks (author, software, position) are gone from every variant served. */
	@Test
	void everyVariantOfAPngIsWithoutItsTextMetadata() throws Exception {
		byte[] sent = TestImages.pngWithTextMetadata(1200, 500);
		assertThat(new String(sent, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Jane Photographer");
		long id = upload("logo.png", "Un logo", false, sent);
		List<Integer> widths = this.jdbc.queryForList("select width from media_variant where media_id = ? order by width",
				Integer.class, id);
		assertThat(widths).containsExactly(480, 960, 1200);
		for (int width : widths) {
			byte[] bytes = this.mvc.perform(get("/media/" + id + "/" + width + ".png").with(editor()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(raw).as(width + "w").doesNotContain("tEXt", "iTXt", "zTXt", "eXIf", "Jane", "Secret Editor", "GPS");
		}
	}

	@Test
	void aPhotoOfPeopleWithoutConsentBlocksPublicationAndIsOnTheDashboard() throws Exception {
		long id = upload("groupe.jpg", "Un groupe de participants", true);
		Document item = page(get("/admin/media/" + id));
		assertThat(item.selectFirst(".media-item .problem").text()).isEqualTo("Consentement manquant");
		assertThat(dashboardAlerts()).contains("groupe.jpg Consentement manquant");

		Document refused = Jsoup.parse(this.mvc.perform(articleForm("![](media:" + id + ")", "publish"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.selectFirst("#texts\\[fr\\]\\.body-error").text())
			.startsWith("L’image « groupe.jpg » ne peut pas être publiée : Consentement manquant.");
		// A draft may use it: it is not public.
		long article = article("![](media:" + id + ")", "save");

		LocalDate today = LocalDate.ofInstant(this.clock.instant(), SiteZone.ZONE);
		this.mvc.perform(post("/admin/media/" + id).param("alt[fr]", "Un groupe de participants")
			.param("showsPeople", "true")
			.param("consentObtained", "true")
			.param("consentExpiresOn", today.plusDays(1).toString())
			.param("noMinorsFaces", "true")
			.with(csrf())
			.with(editor())).andExpect(status().isFound());
		assertThat(dashboardAlerts()).noneMatch((alert) -> alert.startsWith("groupe.jpg"));
		assertThat(page(get("/admin/media/" + id)).selectFirst(".media-item .restrictions").text())
			.contains("Consentement jusqu’au", String.valueOf(today.plusDays(1).getYear()), "Pas de visage de mineur")
			.doesNotContain("Floutage");
		this.mvc.perform(save(article, "![](media:" + id + ")", "publish")).andExpect(status().isFound());
		this.mvc.perform(get("/media/" + id + "/800.jpg")).andExpect(status().isOk());

		// Two days later the consent has expired: flagged as still online, and the article cannot be saved as it is.
		this.clock.setInstant(this.clock.instant().plus(java.time.Duration.ofDays(2)));
		assertThat(dashboardAlerts()).contains("groupe.jpg Consentement expiré encore en ligne");
		Document expired = Jsoup.parse(this.mvc.perform(save(article, "Texte. ![](media:" + id + ")", "save"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(expired.selectFirst("#texts\\[fr\\]\\.body-error").text()).contains("Consentement expiré");
		assertThat(this.jdbc.queryForObject(
				"select body_markdown from article_translation where article_id = ? and language = 'fr'", String.class,
				article)).isEqualTo("![](media:" + id + ")");
	}

	/** A photo sent with the article editor, marked as showing people without consent, cannot illustrate it published. */
	@Test
	void aFeaturedPhotoOfPeopleSentWithTheEditorNeedsConsentToBePublished() throws Exception {
		String title = "Photo de groupe " + System.nanoTime();
		Document refused = Jsoup.parse(this.mvc
			.perform(multipart("/admin/articles/new")
				.file(new MockMultipartFile("imageFile", "atelier-groupe.jpg", "image/jpeg", TestImages.jpeg(800, 600)))
				.param("texts[fr].title", title)
				.param("texts[fr].body", "Un texte.")
				.param("image.alt[fr]", "Un atelier")
				.param("image.showsPeople", "true")
				.param("action", "publish")
				.with(csrf())
				.with(editor()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long id = Long.parseLong(refused.selectFirst("input[name=featuredImageId]").val());
		this.images.add(id);
		assertThat(refused.selectFirst("#featuredImageId-error").text())
			.startsWith("L’image « atelier-groupe.jpg » ne peut pas être publiée : Consentement manquant.");
		assertThat(refused.selectFirst(".current-image a").attr("href")).isEqualTo("/admin/media/" + id);
		assertThat(this.jdbc.queryForObject("select shows_people from media where id = ?", Boolean.class, id)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where title = ?", Long.class, title))
			.isZero();
	}

	/** An organisation page is public once saved: it may not show a photo of people without consent. */
	@Test
	void aPageCannotShowAPhotoOfPeopleWithoutConsent() throws Exception {
		long id = upload("page-groupe.jpg", "Des participants", true);
		long page = this.jdbc.queryForObject(
				"select page_id from page_translation where language = 'fr' and path = 'qui-sommes-nous/a-propos'", Long.class);
		String before = this.jdbc.queryForObject(
				"select body_markdown from page_translation where page_id = ? and language = 'fr'", String.class, page);
		Document refused = Jsoup.parse(this.mvc.perform(post("/admin/pages/" + page).param("texts[fr].name", "À propos")
			.param("texts[fr].text", "Notre équipe.\n\n![](media:" + id + ")")
			.param("position", "1")
			.with(csrf())
			.with(editor())).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
		assertThat(refused.selectFirst("#texts\\[fr\\]\\.text-error").text())
			.startsWith("L’image « page-groupe.jpg » ne peut pas être publiée : Consentement manquant.");
		assertThat(refused.selectFirst("textarea[name='texts[fr].text']").text()).contains("![](media:" + id + ")");
		assertThat(this.jdbc.queryForObject(
				"select body_markdown from page_translation where page_id = ? and language = 'fr'", String.class, page))
			.isEqualTo(before);
	}

	/** Where used names pages and partners too, each by its title and its editor. */
	@Test
	void whereUsedNamesPagesAndPartners() throws Exception {
		long id = upload("partout.jpg", "Une image partout", false);
		long page = this.jdbc.queryForObject(
				"select page_id from page_translation where language = 'fr' and path = 'qui-sommes-nous/a-propos'", Long.class);
		long partner = this.jdbc.queryForObject("select min(id) from partner", Long.class);
		this.jdbc.update("insert into media_use (media_id, owner, owner_id, public_from) values (?, 'PAGE', ?, now()), "
				+ "(?, 'PARTNER', ?, now())", id, page, id, partner);
		Document item = page(get("/admin/media/" + id).param("lang", "en"));
		assertThat(item.select(".media-uses a").eachAttr("href")).containsExactlyInAnyOrder("/admin/pages/" + page,
				"/admin/partners/" + partner);
		assertThat(item.select(".media-uses li").eachText()).anyMatch((line) -> line.startsWith("Page: About"));
		this.mvc.perform(post("/admin/media/" + id + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isConflict());
	}

	@Test
	void theConsentMessageIsInTheEditorsLanguage() throws Exception {
		long id = upload("people-en.jpg", "People at a workshop", true);
		Document refused = Jsoup.parse(this.mvc.perform(articleForm("![](media:" + id + ")", "publish").param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.selectFirst("#texts\\[fr\\]\\.body-error").text())
			.isEqualTo("The image “people-en.jpg” cannot be published: Consent missing. "
					+ "Complete its consent in the media library or remove it.");
	}

	/**
	 * The two image bombs and a text named .jpg: each refused by the file field in the
	 * editor's language, never a 500, nothing stored; the site answers meanwhile.
	 */
	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', value = {
			"30000x30000|fr|L’image est trop grande : 12 000 pixels de côté",
			"30000x30000|en|The image is too large: 12,000 pixels a side",
			"30000x30000|ar|الصورة كبيرة جدًا",
			"16-bit RGBA 7000x7000|fr|L’image demande trop de mémoire",
			"16-bit RGBA 7000x7000|en|The image needs too much memory to be processed",
			"16-bit RGBA 7000x7000|ar|تتطلب الصورة ذاكرة أكبر من اللازم",
			"text named .jpg|en|This file is not a JPEG, PNG or WebP image.",
			"text named .jpg|ar|هذا الملف ليس صورة" })
	void imageBombsAreRefusedInTheEditorsLanguageAndNothingIsStored(String bomb, String language, String message)
			throws Exception {
		byte[] bytes = switch (bomb) {
			case "30000x30000" -> TestImages.pngDeclaring(30_000, 30_000);
			case "16-bit RGBA 7000x7000" -> TestImages.png16BitRgba(7000, 7000);
			default -> TestImages.textRenamedJpg();
		};
		long before = this.jdbc.queryForObject("select count(*) from media", Long.class);
		long variantsBefore = this.jdbc.queryForObject("select count(*) from media_variant", Long.class);
		var upload = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return this.mvc
					.perform(multipart("/admin/media").file(new MockMultipartFile("file", "bomb.jpg", "image/jpeg", bytes))
						.param("lang", language)
						.param("alt[fr]", "Une bombe")
						.with(csrf())
						.with(editor()))
					.andReturn()
					.getResponse();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		this.mvc.perform(get("/fr")).andExpect(status().isOk());
		var response = upload.get();
		assertThat(response.getStatus()).isEqualTo(422);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.selectFirst("#file-error").text()).startsWith(message);
		assertThat(page.selectFirst("input[name='alt[fr]']").val()).isEqualTo("Une bombe");
		assertThat(this.jdbc.queryForObject("select count(*) from media", Long.class)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from media_variant", Long.class)).isEqualTo(variantsBefore);
	}

	private List<String> dashboardAlerts() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin").with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select(".consent-alerts li").eachText();
	}

	/** The images listed for these parameters ({@code q=a b&month=2026-11}, not encoded). */
	private List<Long> found(String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/admin/media");
		for (String pair : query.split("&")) {
			request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		return page(request).select(".media-card a[href^='/admin/media/']")
			.eachAttr("href")
			.stream()
			.map((href) -> Long.parseLong(href.substring("/admin/media/".length())))
			.toList();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long upload(String name, String alt, boolean showsPeople) throws Exception {
		return upload(name, alt, showsPeople, TestImages.jpeg(800, 600));
	}

	private long upload(String name, String alt, boolean showsPeople, byte[] bytes) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/media").file(new MockMultipartFile("file", name, "image/jpeg", bytes))
				.param("alt[fr]", alt)
				.param("showsPeople", String.valueOf(showsPeople))
				.with(csrf())
				.with(editor()))
			.andExpect(status().isFound())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.images.add(id);
		return id;
	}

	/** Many images at once, straight into the table (their bytes do not matter to the search). */
	private long insert(String name) {
		Long id = this.jdbc.queryForObject("""
				insert into media (width, height, content_type, variant_widths, alt, file_name, created_at)
				values (800, 600, 'image/jpeg', '{800}', '{"fr": "Image de test"}', ?, now() + (select count(*) from media) * interval '1 millisecond')
				returning id""", Long.class, name);
		this.images.add(id);
		return id;
	}

	private long article(String body, String action) throws Exception {
		MvcResult saved = this.mvc.perform(articleForm(body, action)).andExpect(status().isFound()).andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.articles.add(id);
		return id;
	}

	private MockHttpServletRequestBuilder articleForm(String body, String action) {
		return post("/admin/articles/new").param("texts[fr].title", "Médiathèque " + System.nanoTime())
			.param("texts[fr].summary", "Un résumé.")
			.param("texts[fr].body", body)
			.param("action", action)
			.with(csrf())
			.with(editor());
	}

	private MockHttpServletRequestBuilder save(long article, String body, String action) {
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, article);
		String title = this.jdbc.queryForObject(
				"select title from article_translation where article_id = ? and language = 'fr'", String.class, article);
		return post("/admin/articles/" + article).param("texts[fr].title", title)
			.param("texts[fr].summary", "Un résumé.")
			.param("texts[fr].body", body)
			.param("version", String.valueOf(version))
			.param("action", action)
			.with(csrf())
			.with(editor());
	}

	private static RequestPostProcessor editor() {
		return user("editor@oim.test").roles("EDITOR");
	}

}
