package ma.oim.site.publications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ma.oim.site.content.Markdown;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import ma.oim.site.testsupport.TestPdfs;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Publications through the whole stack on PostgreSQL: editing, files, what visitors may see and download. */
@SiteTest
class PublicationTests {

	static final String EDITOR = "editor@oim.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Markdown markdown;

	final List<Long> created = new ArrayList<>();

	@AfterEach
	void deletePublications() {
		this.created.forEach((id) -> this.jdbc.update("delete from publication where id = ?", id));
	}

	@Test
	void draftFilesAreHiddenFromVisitorsUntilPublishedThenDownloadedAsAttachments() throws Exception {
		long id = create("Rapport annuel " + System.nanoTime(), "Le rapport de l’année.", "save");
		byte[] pdf = TestPdfs.withText("Page une du rapport", "Page deux du rapport");
		upload(id, "fr", pdf, "rapport.pdf").andExpect(status().isFound());
		String slug = this.jdbc.queryForObject(
				"select slug from publication_text where publication_id = ? and language = 'fr'", String.class, id);
		long fileId = this.jdbc.queryForObject("select id from publication_file where publication_id = ?", Long.class, id);
		String download = "/documents/" + fileId + "/" + slug + "-fr.pdf";

		this.mvc.perform(get("/fr/publications/" + slug)).andExpect(status().isNotFound());
		this.mvc.perform(get(download)).andExpect(status().isNotFound());
		MvcResult forEditor = this.mvc.perform(get(download).with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(forEditor.getResponse().getHeader("Cache-Control")).contains("no-store", "private");

		this.mvc.perform(post("/admin/publications/" + id + "/withdraw").with(csrf()).with(user(EDITOR).roles("EDITOR")));
		publish(id);
		Document page = Jsoup.parse(this.mvc.perform(get("/fr/publications/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element link = page.selectFirst(".downloads a");
		assertThat(link.attr("href")).isEqualTo(download);
		assertThat(link.attr("hreflang")).isEqualTo("fr");
		assertThat(link.attr("type")).isEqualTo("application/pdf");
		assertThat(page.selectFirst(".downloads .file-details").text()).matches("PDF, \\d+ Ko, 2 pages");
		assertThat(page.select("script[type=application/ld+json]").html()).contains("\"@type\":\"Report\"",
				"\"encodingFormat\":\"application/pdf\"");

		MvcResult file = this.mvc.perform(get(download)).andExpect(status().isOk()).andReturn();
		assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getResponse().getHeader("Cache-Control")).contains("public", "max-age=3600");
		this.mvc.perform(get("/documents/" + fileId + "/other-name.pdf")).andExpect(status().isNotFound());

		this.mvc.perform(post("/admin/publications/" + id + "/withdraw").with(csrf()).with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isFound());
		this.mvc.perform(get("/fr/publications/" + slug)).andExpect(status().isNotFound());
		this.mvc.perform(get(download)).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where target_type = 'publication' and target_id = ? order by id",
				String.class, String.valueOf(id)))
			.containsSubsequence("PUBLICATION_CREATED", "PUBLICATION_FILE_UPLOADED", "PUBLICATION_PUBLISHED",
					"PUBLICATION_WITHDRAWN");
	}

	@Test
	void aSentenceOnlyInsideThePdfIsFoundInItsOwnLanguage() throws Exception {
		long id = create("Étude sur les parcours " + System.nanoTime(), "Une étude.", "save");
		this.mvc.perform(post("/admin/publications/" + id).param("texts[fr].title",
				this.jdbc.queryForObject("select title from publication_text where publication_id = ?", String.class, id))
			.param("texts[en].title", "Study of journeys " + id)
			.param("type", "STUDY")
			.param("issuedOn", "2024-03-01")
			.param("version", "0")
			.param("action", "publish")
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"))).andExpect(status().isFound());
		upload(id, "fr", TestPdfs.withText("Introduction", "Les cigognes blanches traversent le détroit chaque printemps."),
				"etude.pdf").andExpect(status().isFound());
		upload(id, "en", TestPdfs.withText("Lighthouse keepers counted seventeen kingfishers."), "study.pdf")
			.andExpect(status().isFound());
		awaitExtraction(id, "fr");
		awaitExtraction(id, "en");

		Document french = search("/fr/recherche", "cigognes traversent le detroit");
		assertThat(french.select(".search-results a, .card-title a").eachAttr("href"))
			.anyMatch((href) -> href.startsWith("/fr/publications/"));
		assertThat(french.select(".kind").eachText()).contains("Publication");
		Document english = search("/en/search", "cigognes traversent le detroit");
		assertThat(english.select("a[href^=/en/publications/]")).isEmpty();
		Document englishOwn = search("/en/search", "kingfishers");
		assertThat(englishOwn.select("a[href^=/en/publications/]")).isNotEmpty();
		assertThat(search("/fr/recherche", "kingfishers").select("a[href^=/fr/publications/]")).isEmpty();
	}

	Document search(String path, String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aPublicPublicationIsInTheSitemapTheFeedAndOnItsAxisAndPartnerPages() throws Exception {
		long axis = this.jdbc.queryForObject("select min(id) from thematic_axis", Long.class);
		long partner = this.jdbc.queryForObject("select min(id) from partner", Long.class);
		String axisSlug = this.jdbc.queryForObject(
				"select slug from thematic_axis_translation where axis_id = ? and language = 'fr'", String.class, axis);
		String title = "Fiche partenaire " + System.nanoTime();
		MvcResult saved = this.mvc.perform(post("/admin/publications/new").param("texts[fr].title", title)
			.param("texts[fr].summary", "Une fiche.")
			.param("type", "FACTSHEET")
			.param("issuedOn", "2025-02-03")
			.param("axisIds", String.valueOf(axis))
			.param("partnerIds", String.valueOf(partner))
			.param("action", "publish")
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"))).andExpect(status().isFound()).andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.created.add(id);
		String slug = this.jdbc.queryForObject("select slug from publication_text where publication_id = ?", String.class,
				id);
		String path = "/fr/publications/" + slug;

		assertThat(body("/sitemap-site.xml")).contains(path + "</loc>");
		assertThat(body("/fr/publications/flux.atom")).contains(title, path);
		Document axisPage = Jsoup.parse(body("/fr/notre-travail/axes/" + axisSlug));
		assertThat(axisPage.select("a[href=" + path + "]")).isNotEmpty();
		Document partners = Jsoup.parse(body("/fr/partenaires"));
		assertThat(partners.select("#partner-" + partner + " a[href=" + path + "]")).isNotEmpty();
		Document filtered = Jsoup.parse(body("/fr/publications?type=factsheet&axis=" + axisSlug + "&year=2025"));
		assertThat(filtered.select("a[href=" + path + "]")).isNotEmpty();
		assertThat(Jsoup.parse(body("/fr/publications?type=call")).select("a[href=" + path + "]")).isEmpty();
		this.mvc.perform(get("/fr/publications?type=nonsense")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/fr/publications?year=abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/fr/publications?year=1200")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/fr/publications?axis=no-such-axis")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/fr/publications?page=0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/fr/publications?page=999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/fr/publications/no-such-publication")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/abc/x.pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/999999999/x.pdf")).andExpect(status().isNotFound());

		this.mvc.perform(post("/admin/publications/" + id + "/withdraw").with(csrf()).with(user(EDITOR).roles("EDITOR")));
		assertThat(body("/sitemap-site.xml")).doesNotContain(path);
		assertThat(body("/fr/publications/flux.atom")).doesNotContain(title);
		assertThat(Jsoup.parse(body("/fr/notre-travail/axes/" + axisSlug)).select("a[href=" + path + "]")).isEmpty();
		assertThat(Jsoup.parse(body("/fr/partenaires")).select("a[href=" + path + "]")).isEmpty();
	}

	String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** An article links to a publication with an ordinary Markdown link to its page, kept by the sanitiser. */
	@Test
	void anArticleLinksToAPublicationWithAMarkdownLink() {
		assertThat(this.markdown.toSafeHtml("Lire le [rapport annuel](/fr/publications/rapport-annuel-2025)."))
			.contains("<a href=\"/fr/publications/rapport-annuel-2025\"", ">rapport annuel</a>");
		assertThat(this.markdown.toSafeHtml("[التقرير](/ar/منشورات/تقرير-2025)"))
			.contains("<a href=\"/ar/منشورات/تقرير-2025\"");
	}

	@Test
	void anEditorsCoverIsReEncodedWithoutItsMetadataAndShownOnThePage() throws Exception {
		long id = create("Couverture " + System.nanoTime(), "Avec couverture.", "publish");
		this.mvc.perform(multipart("/admin/publications/" + id + "/covers/fr")
			.file(new MockMultipartFile("cover", "photo.jpg", "image/jpeg", TestImages.jpegWithGpsExif(1200, 1600)))
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"))).andExpect(status().isFound());
		String slug = this.jdbc.queryForObject("select slug from publication_text where publication_id = ?", String.class,
				id);
		Document page = Jsoup.parse(body("/fr/publications/" + slug));
		String src = page.selectFirst("figure.publication-cover img").attr("src");
		assertThat(src).isEqualTo("/documents/covers/" + id + "/fr");
		MvcResult cover = this.mvc.perform(get(src)).andExpect(status().isOk()).andReturn();
		assertThat(cover.getResponse().getContentType()).isEqualTo("image/jpeg");
		java.awt.image.BufferedImage image = javax.imageio.ImageIO
			.read(new java.io.ByteArrayInputStream(cover.getResponse().getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(400);
		assertThat(image.getHeight()).isEqualTo(533);
		com.drew.metadata.Metadata metadata = com.drew.imaging.ImageMetadataReader
			.readMetadata(new java.io.ByteArrayInputStream(cover.getResponse().getContentAsByteArray()));
		assertThat(metadata.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();

		Document refused = Jsoup.parse(this.mvc
			.perform(multipart("/admin/publications/" + id + "/covers/fr")
				.file(new MockMultipartFile("cover", "photo.jpg", "image/jpeg", TestPdfs.html()))
				.with(csrf())
				.with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.selectFirst("#cover-fr-error").text()).isEqualTo("Ce fichier n’est pas une image JPEG ou PNG.");
		this.mvc.perform(multipart("/admin/publications/" + id + "/covers/en")
			.file(new MockMultipartFile("cover", "photo.jpg", "image/jpeg", TestImages.jpeg(100, 100)))
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"))).andExpect(status().isUnprocessableContent());
	}

	/** A scan without text cannot be read by search: it is published all the same, and the editor is told why. */
	@Test
	void aPdfWithoutTextIsStillPublishedAndTheEditorSeesWhySearchCannotReadIt() throws Exception {
		long id = create("Scan " + System.nanoTime(), "Un document numérisé.", "publish");
		byte[] blank = TestPdfs.withText("");
		upload(id, "fr", blank, "scan.pdf").andExpect(status().isFound());
		awaitExtraction(id, "fr");
		assertThat(this.jdbc.queryForMap(
				"select extraction_status, extraction_problem from publication_file where publication_id = ?", id))
			.containsEntry("extraction_status", "FAILED")
			.containsEntry("extraction_problem", "publication.extraction.noText");
		Document editor = Jsoup.parse(this.mvc.perform(get("/admin/publications/" + id).with(user(EDITOR).roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(editor.selectFirst(".file-status dd.problem").text())
			.contains("La recherche ne peut pas lire ce fichier", "Le PDF ne contient pas de texte");
		String slug = this.jdbc.queryForObject("select slug from publication_text where publication_id = ?", String.class,
				id);
		String href = Jsoup.parse(body("/fr/publications/" + slug)).selectFirst(".downloads a").attr("href");
		assertThat(this.mvc.perform(get(href)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(blank);
	}

	@Test
	void theEditorSeesTheFilesMetadataAndWhetherSearchReadsIt() throws Exception {
		long id = create("Fiche " + System.nanoTime(), "Une fiche.", "save");
		upload(id, "fr", TestPdfs.withText("Texte de la fiche"), "fiche.pdf").andExpect(status().isFound());
		awaitExtraction(id, "fr");
		Document editor = Jsoup.parse(this.mvc.perform(get("/admin/publications/" + id).with(user(EDITOR).roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(editor.selectFirst(".file-status").text()).contains("Auteur : Jeanne Rédactrice",
				"Logiciel : Traitement de texte 7", "la recherche trouve ce document par son contenu");
	}

	@Test
	void aDocxIsStoredAsADownloadWhoseSearchIsByTitle() throws Exception {
		long id = create("Note " + System.nanoTime(), "Une note.", "publish");
		upload(id, "fr", TestPdfs.docx(), "note.docx").andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap(
				"select media_type, extraction_status, meta_author from publication_file where publication_id = ?", id))
			.containsEntry("media_type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
			.containsEntry("extraction_status", "NONE")
			.containsEntry("meta_author", "Karim Auteur");
	}

	@Test
	void htmlNamedPdfIsRefused() throws Exception {
		assertRefused(TestPdfs.html(), "rapport.pdf", "Ce fichier n’est pas un PDF, DOCX, XLSX ou ODT");
	}

	@Test
	void zipNamedDocxIsRefused() throws Exception {
		assertRefused(TestPdfs.zip(), "rapport.docx", "Ce fichier n’est pas un PDF, DOCX, XLSX ou ODT");
	}

	@Test
	void encryptedPdfIsRefused() throws Exception {
		assertRefused(TestPdfs.encrypted(), "secret.pdf", "Ce PDF est chiffré ou protégé par un mot de passe");
	}

	@Test
	void pdfClaimingTenMillionPagesIsRefused() throws Exception {
		assertRefused(TestPdfs.claimingPages(10_000_000), "bombe.pdf", "Ce PDF a plus de 2");
	}

	@Test
	void pdfNestedBeyondReasonIsRefused() throws Exception {
		assertRefused(TestPdfs.nested(100_000), "bombe.pdf", "Ce fichier est endommagé ou mal formé");
	}

	@Test
	void fileOverTheLimitIsRefusedFromItsSize() throws Exception {
		byte[] big = new byte[51 * 1024 * 1024];
		byte[] pdf = TestPdfs.withText("Grand");
		System.arraycopy(pdf, 0, big, 0, pdf.length);
		assertRefused(big, "grand.pdf", "Le fichier dépasse 50 Mo.");
	}

	@Test
	void refusalIsWrittenInTheEditorsLanguage() throws Exception {
		long id = create("Refus " + System.nanoTime(), "", "save");
		Document page = Jsoup.parse(this.mvc
			.perform(multipart("/admin/publications/" + id + "/files/en")
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", TestPdfs.encrypted()))
				.param("lang", "ar")
				.with(csrf())
				.with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#file-en-error").text()).startsWith("ملف PDF هذا مشفَّر");
	}

	private void assertRefused(byte[] bytes, String name, String message) throws Exception {
		long id = create("Refus " + System.nanoTime(), "", "save");
		Document page = Jsoup.parse(this.mvc
			.perform(multipart("/admin/publications/" + id + "/files/fr")
				.file(new MockMultipartFile("file", name, "application/pdf", bytes))
				.with(csrf())
				.with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#file-fr-error").text()).startsWith(message);
		assertThat(page.selectFirst("#file-fr").attr("aria-invalid")).isEqualTo("true");
		assertThat(this.jdbc.queryForObject("select count(*) from publication_file where publication_id = ?", Long.class,
				id)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'PUBLICATION_FILE_UPLOADED' and target_id = ?",
				Long.class, String.valueOf(id))).isZero();
	}

	long create(String title, String summary, String action) throws Exception {
		MvcResult saved = this.mvc.perform(post("/admin/publications/new").param("texts[fr].title", title)
			.param("texts[fr].summary", summary)
			.param("type", "REPORT")
			.param("issuedOn", "2025-06-30")
			.param("action", action)
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"))).andExpect(status().isFound()).andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.created.add(id);
		return id;
	}

	void publish(long id) throws Exception {
		this.mvc.perform(post("/admin/publications/" + id).param("texts[fr].title",
				this.jdbc.queryForObject("select title from publication_text where publication_id = ? and language = 'fr'",
						String.class, id))
			.param("type", "REPORT")
			.param("issuedOn", "2025-06-30")
			.param("version", String.valueOf(
					this.jdbc.queryForObject("select version from publication where id = ?", Long.class, id)))
			.param("action", "publish")
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"))).andExpect(status().isFound());
	}

	org.springframework.test.web.servlet.ResultActions upload(long id, String language, byte[] bytes, String name)
			throws Exception {
		return this.mvc.perform(multipart("/admin/publications/" + id + "/files/" + language)
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR")));
	}

	void awaitExtraction(long id, String language) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			String status = this.jdbc.queryForObject(
					"select extraction_status from publication_file where publication_id = ? and language = ?",
					String.class, id, language);
			if (!"PENDING".equals(status) && !"RUNNING".equals(status)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("extraction did not end");
	}

}
