package ma.oim.site.publications;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestPdfs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scheduled withdrawal of a publication (issue 23): public until its expiry time (its page,
 * the list, the feed, its files) and gone after it, by the movable clock, with no job.
 */
@SiteTest
class PublicationExpiryTests {

	static final String EDITOR = "editor@oim.test";

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final List<Long> created = new ArrayList<>();

	@AfterEach
	void deletePublications() {
		this.clock.reset();
		this.created.forEach((id) -> this.jdbc.update("delete from publication where id = ?", id));
	}

	@Test
	void aPublicationWithAnExpiryIsPublicBeforeItAndGoneAfter() throws Exception {
		String title = "Appel à projets " + System.nanoTime();
		LocalDateTime expiry = LocalDateTime.now(SiteZone.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		MvcResult saved = this.mvc.perform(form(post("/admin/publications/new"), title, "publish")
			.param("expiresAt", LOCAL.format(expiry))).andExpect(status().isFound()).andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.created.add(id);
		this.mvc.perform(multipart("/admin/publications/" + id + "/files/fr")
			.file(new MockMultipartFile("file", "appel.pdf", "application/octet-stream", TestPdfs.withText("Un appel")))
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"))).andExpect(status().isFound());
		String slug = this.jdbc.queryForObject(
				"select slug from publication_text where publication_id = ? and language = 'fr'", String.class, id);
		long fileId = this.jdbc.queryForObject("select id from publication_file where publication_id = ?", Long.class, id);
		String page = "/fr/publications/" + slug;
		String download = "/documents/" + fileId + "/" + slug + "-fr.pdf";

		Document list = editorPage("/admin/publications");
		assertThat(list.select("tbody tr").text()).contains(title).contains("retrait le");

		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant().minusSeconds(1));
		this.mvc.perform(get(page)).andExpect(status().isOk());
		this.mvc.perform(get(download)).andExpect(status().isOk());
		assertThat(text("/fr/publications")).contains(title);
		assertThat(text("/fr/publications/flux.atom")).contains(title);

		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant());
		this.mvc.perform(get(page)).andExpect(status().isNotFound());
		this.mvc.perform(get(download)).andExpect(status().isNotFound());
		assertThat(text("/fr/publications")).doesNotContain(title);
		assertThat(text("/fr/publications/flux.atom")).doesNotContain(title);
		assertThat(editorPage("/admin/publications/" + id).selectFirst(".card-meta strong").text()).startsWith("Expiré");
		assertThat(editorPage("/admin/publications?state=expired").select("tbody tr").text()).contains(title)
			.contains("Expiré");
		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant().minusSeconds(1));
		assertThat(editorPage("/admin/publications?state=expired").select("tbody tr").text()).doesNotContain(title);
		this.mvc.perform(get("/admin/publications?state=nimporte").with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isBadRequest());
		this.clock.setInstant(expiry.atZone(SiteZone.ZONE).toInstant());
		assertThat(editorPage("/admin/publications/" + id).selectFirst("input[name=expiresAt]").val())
			.isEqualTo(LOCAL.format(expiry));
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where target_type = 'publication' and target_id = ? order by id",
				String.class, String.valueOf(id)))
			.containsSubsequence("PUBLICATION_PUBLISHED", "PUBLICATION_EXPIRY_CHANGED");
	}

	@Test
	void anExpiryBeforeThePublicationIsRefusedByTheField() throws Exception {
		LocalDateTime publication = LocalDateTime.now(SiteZone.ZONE).plusDays(5).truncatedTo(ChronoUnit.MINUTES);
		for (String[] language : new String[][] { { "fr", "La date de retrait doit venir après la date de publication." },
				{ "ar", "يجب أن يأتي تاريخ السحب بعد تاريخ النشر." } }) {
			Document page = Jsoup.parse(this.mvc
				.perform(form(post("/admin/publications/new"), "Refusée " + System.nanoTime(), "publish")
					.param("lang", language[0])
					.param("publishedAt", LOCAL.format(publication))
					.param("expiresAt", LOCAL.format(publication.minusDays(1))))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.selectFirst("#expiresAt-error").text()).isEqualTo(language[1]);
		}
	}

	MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String action) {
		return request.param("texts[fr].title", title)
			.param("texts[fr].summary", "Un appel ouvert jusqu’à sa date.")
			.param("type", "REPORT")
			.param("issuedOn", "2025-06-30")
			.param("action", action)
			.with(csrf())
			.with(user(EDITOR).roles("EDITOR"));
	}

	String text(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	Document editorPage(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
