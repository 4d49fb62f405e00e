package ma.oim.site.media;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An image's alternative text and caption in every configured language (V26): written in
 * each language's field, shown on that language's pages (the record language's where a
 * language has none), found by the library's search in any language, and refused by its
 * field when too long, with nothing stored.
 */
@SiteTest
class ImageTextsInEveryLanguageTests {

	static final String TOO_LONG = "ا".repeat(5_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final List<Long> articles = new ArrayList<>();

	final List<Long> images = new ArrayList<>();

	final List<String> partners = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.articles.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
		this.partners.forEach((name) -> this.jdbc.update(
				"delete from partner where id in (select partner_id from partner_translation where name = ?)", name));
		this.images.forEach((id) -> this.jdbc.update("delete from media where id = ?", id));
	}

	@Test
	void anImageDescribedInArabicShowsItsArabicTextsOnTheArabicPageAndItsFrenchOnesOnTheFrenchPage() throws Exception {
		long placed = upload(texts("alt[fr]", "Une formation à Rabat", "alt[ar]", "تدريب في الرباط"));
		long article = publish("Deux langues " + System.nanoTime(), "![](media:" + placed + ")",
				texts("image.alt[fr]", "Des participants à une réunion", "image.alt[ar]", "مشاركون في اجتماع",
						"image.caption[fr]", "Rabat, atelier", "image.caption[ar]", "الرباط، ورشة عمل"));

		Document french = page(path(article, "fr"));
		assertThat(french.selectFirst("figure.featured img").attr("alt")).isEqualTo("Des participants à une réunion");
		assertThat(french.selectFirst("figure.featured figcaption").text()).contains("Rabat, atelier");
		assertThat(placedImage(french, placed).attr("alt")).isEqualTo("Une formation à Rabat");

		Document arabic = page(path(article, "ar"));
		assertThat(arabic.selectFirst("html").attr("lang")).isEqualTo("ar");
		assertThat(arabic.selectFirst("figure.featured img").attr("alt")).isEqualTo("مشاركون في اجتماع");
		assertThat(arabic.selectFirst("figure.featured figcaption").text()).contains("الرباط، ورشة عمل")
			.doesNotContain("Rabat, atelier");
		assertThat(placedImage(arabic, placed).attr("alt")).isEqualTo("تدريب في الرباط");
		// The text as stored (feeds read it) carries the Arabic text too.
		assertThat(this.jdbc.queryForObject(
				"select body_html from article_translation where article_id = ? and language = 'ar'", String.class,
				article)).contains("alt=\"تدريب في الرباط\"");
	}

	@Test
	void arabicFallsBackToFrenchWhenTheImageHasNoArabicTextsUntilOneIsWritten() throws Exception {
		long placed = upload(texts("alt[fr]", "Un atelier à Oujda"));
		long article = publish("Repli " + System.nanoTime(), "![](media:" + placed + ")",
				texts("image.alt[fr]", "Une salle de classe", "image.caption[fr]", "Oujda, école"));

		Document arabic = page(path(article, "ar"));
		assertThat(arabic.selectFirst("figure.featured img").attr("alt")).isEqualTo("Une salle de classe");
		assertThat(arabic.selectFirst("figure.featured figcaption").text()).contains("Oujda, école");
		assertThat(placedImage(arabic, placed).attr("alt")).isEqualTo("Un atelier à Oujda");

		// Described in Arabic after the article was saved: the Arabic page shows it at once, the French one keeps its own.
		this.mvc.perform(post("/admin/media/" + placed).param("alt[fr]", "Un atelier à Oujda")
			.param("alt[ar]", "ورشة عمل في وجدة")
			.with(csrf())
			.with(editor())).andExpect(status().isFound());
		assertThat(placedImage(page(path(article, "ar")), placed).attr("alt")).isEqualTo("ورشة عمل في وجدة");
		assertThat(placedImage(page(path(article, "fr")), placed).attr("alt")).isEqualTo("Un atelier à Oujda");
	}

	@Test
	void anAltTextTheEditorWroteInTheTextIsKept() throws Exception {
		long placed = upload(texts("alt[fr]", "Un atelier", "alt[ar]", "ورشة عمل"));
		long article = publish("Texte écrit " + System.nanoTime(), "![Le directeur ouvre l’atelier](media:" + placed + ")",
				Map.of());
		assertThat(placedImage(page(path(article, "ar")), placed).attr("alt")).isEqualTo("Le directeur ouvre l’atelier");
	}

	@Test
	void theLibraryFindsAnImageByAWordOfItsArabicTexts() throws Exception {
		String digits = String.valueOf(System.nanoTime());
		long id = upload(texts("alt[fr]", "Des jeunes à Tanger", "alt[ar]", "شباب في ميناء طنجة" + digits,
				"caption[ar]", "مهرجان" + digits + " الهجرة"));

		assertThat(found("طنجة" + digits)).containsExactly(id);
		assertThat(found("ميناء طنجة" + digits)).containsExactly(id);
		assertThat(found("مهرجان" + digits)).containsExactly(id);
		assertThat(found("مرسى" + digits)).isEmpty();

		// The form gives the texts back, each in its language's field.
		Document item = page(get("/admin/media/" + id));
		Element arabicAlt = item.selectFirst("input[name='alt[ar]']");
		assertThat(arabicAlt.val()).isEqualTo("شباب في ميناء طنجة" + digits);
		assertThat(arabicAlt.attr("lang")).isEqualTo("ar");
		assertThat(arabicAlt.attr("dir")).isEqualTo("rtl");
		assertThat(item.selectFirst("input[name='caption[ar]']").val()).isEqualTo("مهرجان" + digits + " الهجرة");
		assertThat(item.selectFirst("input[name='alt[fr]']").val()).isEqualTo("Des jeunes à Tanger");
	}

	@Test
	void everyFormThatDescribesAnImageHasATextFieldPerConfiguredLanguage() throws Exception {
		long id = upload(texts("alt[fr]", "Une image"));
		Map<String, String> forms = new LinkedHashMap<>();
		forms.put("/admin/media", "");
		forms.put("/admin/media/" + id, "");
		forms.put("/admin/articles/new", "image.");
		forms.put("/admin/partners/new", "logo.");
		forms.forEach((path, prefix) -> {
			Document page = uncheckedPage(path);
			List<String> kinds = path.contains("partners") ? List.of("alt") : List.of("alt", "caption");
			for (String kind : kinds) {
				for (Language language : Language.all()) {
					String name = prefix + kind + "[" + language.code() + "]";
					Element input = page.selectFirst("input[name='" + name + "']");
					assertThat(input).as(path + " " + name).isNotNull();
					assertThat(input.attr("lang")).as(name).isEqualTo(language.code());
					assertThat(input.attr("dir")).as(name).isEqualTo(language.direction());
					Element label = page.selectFirst("label[for='" + input.id() + "']");
					assertThat(label).as(path + " label of " + name).isNotNull();
					assertThat(label.selectFirst("span[lang=" + language.code() + "]").text()).isEqualTo(language.name());
				}
			}
		});
	}

	@Test
	void anAltTextOfFiveThousandCharactersIsRefusedByItsFieldAndNothingIsStored() throws Exception {
		long before = mediaCount();

		// The library's upload.
		Document library = refused(multipart("/admin/media")
			.file(new MockMultipartFile("file", "long.jpg", "image/jpeg", TestImages.jpeg(800, 600)))
			.param("alt[fr]", "Une image")
			.param("alt[ar]", TOO_LONG));
		assertThat(library.selectFirst("#alt\\[ar\\]-error").text())
			.isEqualTo("Texte alternatif trop long : 300 caractères au plus.");
		assertThat(library.selectFirst("input[name='alt[ar]']").attr("aria-invalid")).isEqualTo("true");

		// The article editor's image, in the editor's language (Arabic).
		String title = "Trop long " + System.nanoTime();
		Document editor = refused(multipart("/admin/articles/new")
			.file(new MockMultipartFile("imageFile", "long.jpg", "image/jpeg", TestImages.jpeg(800, 600)))
			.param("lang", "ar")
			.param("texts[fr].title", title)
			.param("texts[fr].body", "Un texte.")
			.param("image.alt[fr]", TOO_LONG)
			.param("image.caption[en]", "c".repeat(5_000))
			.param("action", "save"));
		// The Arabic bundle's numbers are in Western digits, as the rest of the Arabic site.
		assertThat(editor.selectFirst("#image\\.alt\\[fr\\]-error").text())
			.isEqualTo("النص البديل طويل جدًّا: 300 حرفًا على الأكثر.");
		assertThat(editor.selectFirst("#image\\.caption\\[en\\]-error").text())
			.isEqualTo("التعليق طويل جدًّا: 500 حرفًا على الأكثر.");
		assertThat(editor.selectFirst("input[name='texts[fr].title']").val()).isEqualTo(title);
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where title = ?", Long.class, title))
			.isZero();

		// The partner form's logo.
		String partner = "Logo trop long " + System.nanoTime();
		Document partnerForm = refused(multipart("/admin/partners/new")
			.file(new MockMultipartFile("logoFile", "logo.png", "image/png", TestImages.png(400, 200)))
			.param("lang", "en")
			.param("texts[fr].name", partner)
			.param("kind", "UN")
			.param("logo.alt[fr]", "Un logo")
			.param("logo.alt[en]", TOO_LONG)
			.param("position", "12"));
		this.partners.add(partner);
		assertThat(partnerForm.selectFirst("#logo\\.alt\\[en\\]-error").text())
			.isEqualTo("Alternative text too long: at most 300 characters.");

		assertThat(mediaCount()).isEqualTo(before);

		// Describing an image anew: refused, the image keeps its texts.
		long id = upload(texts("alt[fr]", "Une image", "alt[ar]", "صورة"));
		Document item = refused(post("/admin/media/" + id).param("alt[fr]", "Une image").param("alt[ar]", TOO_LONG));
		assertThat(item.selectFirst("#alt\\[ar\\]-error").text())
			.isEqualTo("Texte alternatif trop long : 300 caractères au plus.");
		assertThat(this.jdbc.queryForObject("select alt ->> 'ar' from media where id = ?", String.class, id))
			.isEqualTo("صورة");
	}

	@Test
	void theDatabaseRefusesTextsTheFormWouldRefuse() {
		long id = upload(this.jdbc, "{\"fr\": \"Une image\"}");
		for (String alt : List.of("{\"ar\": \"" + TOO_LONG + "\", \"fr\": \"x\"}", "{\"fr\": 3}", "[\"x\"]",
				"{\"FR; drop\": \"x\"}", "{\"fr\": \"\"}")) {
			assertThat(update(id, alt)).as(alt).isFalse();
		}
		assertThat(update(id, "{\"fr\": \"Une image\", \"zgh\": \"ⵜⴰⵡⵍⴰⴼⵜ\"}")).isTrue();
	}

	private boolean update(long id, String alt) {
		try {
			this.jdbc.update("update media set alt = cast(? as jsonb) where id = ?", alt, id);
			return true;
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return false;
		}
	}

	private long upload(JdbcTemplate jdbc, String alt) {
		Long id = jdbc.queryForObject("""
				insert into media (width, height, content_type, variant_widths, alt, created_at)
				values (800, 600, 'image/jpeg', '{800}', cast(? as jsonb), now()) returning id""", Long.class, alt);
		this.images.add(id);
		return id;
	}

	private long mediaCount() {
		return this.jdbc.queryForObject("select count(*) from media", Long.class);
	}

	private static Map<String, String> texts(String... pairs) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			texts.put(pairs[i], pairs[i + 1]);
		}
		return texts;
	}

	private long upload(Map<String, String> texts) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/media")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", TestImages.jpeg(800, 600)));
		texts.forEach(request::param);
		MvcResult result = this.mvc.perform(request.with(csrf()).with(editor())).andExpect(status().isFound()).andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.images.add(id);
		return id;
	}

	/** Publishes an article in French and Arabic, the same text in both, with a featured image described so. */
	private long publish(String title, String body, Map<String, String> image) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/articles/new");
		if (!image.isEmpty()) {
			request.file(new MockMultipartFile("imageFile", "photo.jpg", "image/jpeg", TestImages.photo(1600, 1067, 1)));
			image.forEach(request::param);
		}
		MvcResult saved = this.mvc
			.perform(request.param("texts[fr].title", title)
				.param("texts[fr].summary", "Un résumé.")
				.param("texts[fr].body", "Un texte.\n\n" + body)
				.param("texts[ar].title", "مقال " + Math.abs(title.hashCode()))
				.param("texts[ar].summary", "ملخص.")
				.param("texts[ar].body", "نص.\n\n" + body)
				.param("action", "publish")
				.with(csrf())
				.with(editor()))
			.andExpect(status().isFound())
			.andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.articles.add(id);
		return id;
	}

	private String path(long article, String language) {
		String slug = this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = ?", String.class, article,
				language);
		return SitePaths.article(Language.forCode(language), slug);
	}

	private static Element placedImage(Document page, long id) {
		Element image = page.selectFirst(".prose img[src^='/media/" + id + "/'], article img[src^='/media/" + id + "/']");
		assertThat(image).as("image " + id).isNotNull();
		return image;
	}

	private List<Long> found(String words) throws Exception {
		return page(get("/admin/media").param("q", words)).select(".media-card a[href^='/admin/media/']")
			.eachAttr("href")
			.stream()
			.map((href) -> Long.parseLong(href.substring("/admin/media/".length())))
			.toList();
	}

	/** A public page, its address percent-encoded already (as SitePaths writes it). */
	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(URI.create(path))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Document uncheckedPage(String path) {
		try {
			return page(get(path));
		}
		catch (Exception ex) {
			throw new IllegalStateException(path, ex);
		}
	}

	private Document refused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(csrf()).with(editor()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static RequestPostProcessor editor() {
		return user("editor@oim.test").roles("EDITOR");
	}

}
