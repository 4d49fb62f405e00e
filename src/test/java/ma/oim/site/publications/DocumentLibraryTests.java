package ma.oim.site.publications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ma.oim.site.content.Markdown;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.HtmlChecker;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import ma.oim.site.testsupport.TestPdfs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * The media library's documents through the whole stack on PostgreSQL: every publication's
 * file listed and found by name, title and month; a text links to one by its reference;
 * a publication takes an image of the library as its cover.
 */
@SiteTest
class DocumentLibraryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Markdown markdown;

	final List<Long> publications = new ArrayList<>();

	final List<Long> images = new ArrayList<>();

	final List<Long> articles = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.articles.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
		this.publications.forEach((id) -> this.jdbc.update("delete from publication where id = ?", id));
		this.images.forEach((id) -> this.jdbc.update("delete from media where id = ?", id));
	}

	@Test
	void theDocumentsViewFindsAnUploadedPdfByItsNameOrTitleAndMonthAndListsItsPublication() throws Exception {
		String word = "cigogne" + System.nanoTime();
		String title = "Rapport des passages " + word.toUpperCase();
		long id = create(title, null, "save");
		upload(id, "fr", TestPdfs.withText("Page une", "Page deux"), "Annexe-" + word + ".pdf");
		long fileId = this.jdbc.queryForObject("select id from publication_file where publication_id = ?", Long.class, id);

		Document byName = documents("q=annexe-" + word);
		assertThat(byName.select("table.documents tbody tr")).hasSize(1);
		Element row = byName.selectFirst("table.documents tbody tr");
		assertThat(row.selectFirst("a[href=/admin/media/documents/" + fileId + "]").text())
			.isEqualTo("Annexe-" + word + ".pdf");
		assertThat(row.selectFirst("a[href=/admin/publications/" + id + "]").text()).isEqualTo(title);
		assertThat(row.text()).contains("PDF", "2 pages", "Français", "Brouillon", PublicationTests.EDITOR);
		assertThat(ids(documents("q=passages " + word))).containsExactly(fileId);
		String month = YearMonth.now(SiteZone.ZONE).toString();
		assertThat(ids(documents("q=" + word + "&month=" + month))).containsExactly(fileId);
		assertThat(ids(documents("q=" + word + "&month=2001-01"))).isEmpty();
		assertThat(ids(documents("month=" + month))).contains(fileId);

		Document page = Jsoup.parse(this.mvc.perform(get("/admin/media/documents/" + fileId).with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("code[data-snippet]").text()).isEqualTo("[" + title + "](document:" + fileId + ")");
		assertThat(page.select(".media-uses a").eachAttr("href")).containsExactly("/admin/publications/" + id);
		assertThat(page.select(".library-views a").eachAttr("href")).containsExactly("/admin/media",
				"/admin/media/documents");
		assertThat(Jsoup.parse(this.mvc.perform(get("/admin/media").with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString()).select(".library-views a[href=/admin/media/documents]")).isNotEmpty();

		Document articleEditor = Jsoup.parse(this.mvc.perform(get("/admin/articles/new").with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(articleEditor.select(".document-picker code[data-snippet]").eachText())
			.contains("[" + title + "](document:" + fileId + ")");

		this.mvc.perform(get("/admin/media/documents").param("month", "2026-13").with(editor()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/media/documents/999999999").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/media/documents")).andExpect(status().isFound());
	}

	@Test
	void aDocumentLinkGoesToTheDownloadWhileItsPublicationIsPublicAndLeavesItsWordsOtherwise() throws Exception {
		long id = create("Étude liée " + System.nanoTime(), null, "save");
		upload(id, "fr", TestPdfs.withText("Une page"), "etude.pdf");
		long fileId = this.jdbc.queryForObject("select id from publication_file where publication_id = ?", Long.class, id);
		String slug = this.jdbc.queryForObject(
				"select slug from publication_text where publication_id = ? and language = 'fr'", String.class, id);
		String download = "/documents/" + fileId + "/" + slug + "-fr.pdf";
		long article = article("Lire [l’étude complète](document:" + fileId + ") avant la réunion.");
		String articlePath = "/fr/actualites/" + this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = 'fr'", String.class, article);

		// The publication is a draft: the article shows the words, no link to a file visitors cannot have.
		Element draft = Jsoup.parse(body(articlePath)).selectFirst(".prose");
		assertThat(draft.select("a")).isEmpty();
		assertThat(draft.text()).isEqualTo("Lire l’étude complète avant la réunion.");

		publish(id);
		Element link = Jsoup.parse(body(articlePath)).selectFirst(".prose a");
		assertThat(link.attr("href")).isEqualTo(download);
		assertThat(link.text()).isEqualTo("l’étude complète");
		this.mvc.perform(get(download)).andExpect(status().isOk());

		Document document = Jsoup.parse(this.mvc.perform(get("/admin/media/documents/" + fileId).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(document.select(".media-uses a").eachAttr("href")).containsExactly("/admin/publications/" + id,
				"/admin/articles/" + article);

		this.mvc.perform(post("/admin/publications/" + id + "/withdraw").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		assertThat(Jsoup.parse(body(articlePath)).select(".prose a")).isEmpty();

		assertThat(this.markdown.toSafeHtml("[Rien](document:999999999) et [rien](document:abc)"))
			.doesNotContain("<a")
			.contains("Rien et rien");
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long article(String body) throws Exception {
		MvcResult saved = this.mvc.perform(post("/admin/articles/new")
			.param("texts[fr].title", "Avec un document " + System.nanoTime())
			.param("texts[fr].summary", "Un résumé.")
			.param("texts[fr].body", body)
			.param("action", "publish")
			.with(csrf())
			.with(editor())).andExpect(status().isFound()).andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.articles.add(id);
		return id;
	}

	@Test
	void aPublicationsCoverFromTheLibraryIsShownWithItsRenditionsAndGuardsTheImage() throws Exception {
		long image = uploadImage("couverture-" + System.nanoTime() + ".jpg", "Des familles au port de Tanger");
		MvcResult refused = this.mvc.perform(post("/admin/publications/new")
			.param("texts[fr].title", "Sans image " + System.nanoTime())
			.param("texts[fr].coverMediaId", "999999999")
			.param("type", "REPORT")
			.param("issuedOn", "2025-06-30")
			.param("action", "save")
			.with(csrf())
			.with(editor())).andReturn();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString())
			.selectFirst("#texts\\[fr\\]\\.coverMediaId-error")
			.text()).isEqualTo("Aucune image de la médiathèque ne porte ce numéro.");

		long id = create("Couverture de la médiathèque " + System.nanoTime(), image, "save");
		String slug = this.jdbc.queryForObject(
				"select slug from publication_text where publication_id = ? and language = 'fr'", String.class, id);
		this.mvc.perform(get("/media/" + image + "/800.jpg")).andExpect(status().isNotFound());
		Document editorPage = Jsoup.parse(this.mvc.perform(get("/admin/publications/" + id).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(editorPage.selectFirst("input[name=texts[fr].coverMediaId]").val()).isEqualTo(String.valueOf(image));

		publish(id, image);
		Document page = Jsoup.parse(this.mvc.perform(get("/fr/publications/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element cover = page.selectFirst("figure.publication-cover picture img");
		assertThat(cover.attr("src")).startsWith("/media/" + image + "/");
		assertThat(cover.attr("srcset")).contains("/media/" + image + "/");
		assertThat(cover.attr("alt")).isEqualTo("Des familles au port de Tanger");
		assertThat(page.selectFirst("figure.publication-cover source[type=image/webp]")).isNotNull();
		this.mvc.perform(get(cover.attr("src"))).andExpect(status().isOk());
		assertThat(page.selectFirst("meta[property=og:image]").attr("content")).endsWith(cover.attr("src"));
		Document list = Jsoup.parse(this.mvc.perform(get("/fr/publications")).andReturn().getResponse().getContentAsString());
		assertThat(list.select(".publication-card picture img[src^=/media/" + image + "/]")).isNotEmpty();

		Document item = Jsoup.parse(this.mvc.perform(get("/admin/media/" + image).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(item.select(".media-uses a").eachAttr("href")).containsExactly("/admin/publications/" + id);
		this.mvc.perform(post("/admin/media/" + image + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from media where id = ?", Long.class, image)).isOne();

		this.mvc.perform(post("/admin/publications/" + id + "/withdraw").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		this.mvc.perform(get(cover.attr("src"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/media/" + image + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/admin/publications/" + id + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isFound());
		this.mvc.perform(post("/admin/media/" + image + "/delete").with(csrf()).with(editor()))
			.andExpect(status().isFound());
	}

	@Test
	void aPhotoOfPeopleWithoutConsentCannotBeThePublicCoverOfAPublication() throws Exception {
		long image = uploadImage("foule-" + System.nanoTime() + ".jpg", "Des participants", true);
		long id = create("Avec des personnes " + System.nanoTime(), image, "save");
		MvcResult refused = this.mvc.perform(post("/admin/publications/" + id)
			.param("texts[fr].title", "Avec des personnes")
			.param("texts[fr].coverMediaId", String.valueOf(image))
			.param("type", "REPORT")
			.param("issuedOn", "2025-06-30")
			.param("version", "0")
			.param("action", "publish")
			.with(csrf())
			.with(editor())).andReturn();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString())
			.selectFirst("#texts\\[fr\\]\\.coverMediaId-error")
			.text()).contains("foule-");
		assertThat(this.jdbc.queryForObject("select status from publication where id = ?", String.class, id))
			.isEqualTo("DRAFT");
	}

	/** The documents' pages, the editor with its cover field refused and the page with a cover from the library: valid HTML. */
	@ParameterizedTest(name = "documents and covers ({0})")
	@ValueSource(strings = { "fr", "ar" })
	void theDocumentsPagesAndALibraryCoverAreValidHtml(String language) throws Exception {
		long image = uploadImage("valide-" + System.nanoTime() + ".jpg", "Une couverture valide");
		long id = create("Validité " + System.nanoTime(), image, "publish");
		upload(id, "fr", TestPdfs.withText("Une page"), "validite-" + language + ".pdf");
		long fileId = this.jdbc.queryForObject("select id from publication_file where publication_id = ?", Long.class, id);
		String slug = this.jdbc.queryForObject(
				"select slug from publication_text where publication_id = ? and language = 'fr'", String.class, id);
		for (String path : List.of("/admin/media/documents", "/admin/media/documents/" + fileId, "/admin/media",
				"/admin/publications/" + id, "/admin/articles/new", "/admin/pages/new")) {
			String html = this.mvc.perform(get(path).param("lang", language).with(editor()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			HtmlChecker.assertValid(path + " (" + language + ")", html);
		}
		String refused = this.mvc.perform(post("/admin/publications/" + id).param("lang", language)
			.param("texts[fr].title", "Validité")
			.param("texts[fr].coverMediaId", "999999999")
			.param("type", "REPORT")
			.param("issuedOn", "2025-06-30")
			.param("version", "0")
			.with(csrf())
			.with(editor())).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("texts[fr].coverMediaId-error");
		HtmlChecker.assertValid("cover refused (" + language + ")", refused);
		HtmlChecker.assertValid("/fr/publications/" + slug, body("/fr/publications/" + slug));
	}

	private Document documents(String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/admin/media/documents");
		for (String pair : query.split("&")) {
			request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		return Jsoup.parse(this.mvc.perform(request.with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<Long> ids(Document page) {
		return page.select("table.documents tbody tr td:first-child a")
			.eachAttr("href")
			.stream()
			.map((href) -> Long.parseLong(href.substring("/admin/media/documents/".length())))
			.toList();
	}

	private long create(String title, Long coverMediaId, String action) throws Exception {
		MockHttpServletRequestBuilder form = post("/admin/publications/new").param("texts[fr].title", title)
			.param("texts[fr].summary", "Un résumé.")
			.param("type", "REPORT")
			.param("issuedOn", LocalDate.of(2025, 6, 30).toString())
			.param("action", action);
		if (coverMediaId != null) {
			form.param("texts[fr].coverMediaId", String.valueOf(coverMediaId));
		}
		MvcResult saved = this.mvc.perform(form.with(csrf()).with(editor())).andExpect(status().isFound()).andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.publications.add(id);
		return id;
	}

	private void publish(long id) throws Exception {
		publish(id, null);
	}

	private void publish(long id, Long coverMediaId) throws Exception {
		MockHttpServletRequestBuilder form = post("/admin/publications/" + id)
			.param("texts[fr].title",
					this.jdbc.queryForObject(
							"select title from publication_text where publication_id = ? and language = 'fr'",
							String.class, id))
			.param("type", "REPORT")
			.param("issuedOn", "2025-06-30")
			.param("version",
					String.valueOf(this.jdbc.queryForObject("select version from publication where id = ?", Long.class, id)))
			.param("action", "publish");
		if (coverMediaId != null) {
			form.param("texts[fr].coverMediaId", String.valueOf(coverMediaId));
		}
		this.mvc.perform(form.with(csrf()).with(editor())).andExpect(status().isFound());
	}

	private void upload(long id, String language, byte[] bytes, String name) throws Exception {
		this.mvc.perform(multipart("/admin/publications/" + id + "/files/" + language)
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(csrf())
			.with(editor())).andExpect(status().isFound());
	}

	private long uploadImage(String name, String alt) throws Exception {
		return uploadImage(name, alt, false);
	}

	private long uploadImage(String name, String alt, boolean showsPeople) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/media").file(new MockMultipartFile("file", name, "image/jpeg", TestImages.jpeg(800, 600)))
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

	private static RequestPostProcessor editor() {
		return user(PublicationTests.EDITOR).roles("EDITOR");
	}

}
