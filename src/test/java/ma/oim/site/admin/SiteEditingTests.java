package ma.oim.site.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors keep the organisation pages, axes and partners up to date. Each test runs in
 * a transaction rolled back at its end, so the seeded content stays as it is.
 */
@SiteTest
@Transactional
class SiteEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void editorRewritesAnOrganisationPageInBothLanguages() throws Exception {
		long about = this.jdbc.queryForObject(
				"select page_id from page_translation where language = 'fr' and path = 'qui-sommes-nous/a-propos'",
				Long.class);
		Document form = page("/admin/pages/" + about);
		assertThat(form.selectFirst("input[name='texts[fr].name']").val()).isEqualTo("À propos");
		this.mvc.perform(asEditor(post("/admin/pages/" + about)).param("texts[fr].name", "À propos de l’OIM Maroc")
			.param("texts[fr].text", "## Notre histoire\n\nPrésente depuis **2007**.\n\n<script>alert(1)</script>")
			.param("texts[en].name", "About IOM Morocco")
			.param("texts[en].text", "Present since 2007.")
			.param("position", "1")).andExpect(status().isFound());
		Document french = publicPage("/fr/qui-sommes-nous/a-propos");
		assertThat(french.selectFirst("h1").text()).isEqualTo("À propos de l’OIM Maroc");
		assertThat(french.selectFirst(".prose h2").text()).isEqualTo("Notre histoire");
		assertThat(french.selectFirst(".prose strong").text()).isEqualTo("2007");
		assertThat(french.selectFirst(".prose").html()).doesNotContain("script");
		assertThat(publicPage("/en/who-we-are/about").selectFirst("h1").text()).isEqualTo("About IOM Morocco");
		assertThat(publicPage("/fr").selectFirst("#main-menu").text()).contains("À propos de l’OIM Maroc");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'PAGE_SAVED' and target_id = ?",
				Integer.class, String.valueOf(about))).isEqualTo(1);
	}

	@Test
	void emptyTitleIsAnErrorNextToTheFieldAndKeepsTheText() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(asEditor(post("/admin/axes/1")).param("texts[fr].name", "")
				.param("texts[fr].text", "Description gardée")
				.param("texts[en].name", "Protection")
				.param("texts[en].text", "Kept")
				.param("position", "1"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("[id='texts[fr].name-error']").text()).isEqualTo("Ce champ est obligatoire.");
		assertThat(page.selectFirst("textarea[name='texts[fr].text']").text()).isEqualTo("Description gardée");
	}

	@Test
	void editorRenamesAnAxisWhoseAddressStays() throws Exception {
		this.mvc.perform(asEditor(post("/admin/axes/3")).param("texts[fr].name", "Jeunesse et avenir")
			.param("texts[fr].text", "Les actions pour les jeunes.")
			.param("texts[en].name", "Youth and future")
			.param("texts[en].text", "Work with young people.")
			.param("position", "3")).andExpect(status().isFound());
		Document axis = publicPage("/fr/notre-travail/axes/appui-a-la-jeunesse");
		assertThat(axis.selectFirst("h1").text()).isEqualTo("Jeunesse et avenir");
		assertThat(publicPage("/en/our-work/areas/youth-support").selectFirst("h1").text()).isEqualTo("Youth and future");
	}

	@Test
	void editorAddsAPartnerWithALogo() throws Exception {
		this.mvc.perform(asEditor(multipart("/admin/partners/new")
			.file(new MockMultipartFile("logoFile", "logo.png", "image/png", TestImages.png(400, 200))))
			.param("texts[fr].name", "Organisation test")
			.param("texts[fr].text", "Partenaire de test.")
			.param("texts[en].name", "Test organisation")
			.param("texts[en].text", "Test partner.")
			.param("kind", "UN")
			.param("website", "https://example.org")
			.param("logo.alt[fr]", "Logo de l’organisation test")
			.param("position", "11")).andExpect(status().isFound());
		Element partner = publicPage("/fr/partenaires").select("section.partner").last();
		assertThat(partner.selectFirst("h2").text()).isEqualTo("Organisation test");
		assertThat(partner.selectFirst("img.partner-logo").attr("alt")).isEqualTo("Logo de l’organisation test");
		assertThat(partner.selectFirst("a[rel=external]").attr("href")).isEqualTo("https://example.org");
		assertThat(partner.text()).contains("Système des Nations Unies");
	}

	@Test
	void partnerWebsiteMustBeAWebAddress() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(asEditor(multipart("/admin/partners/2")).param("texts[fr].name", "USAID")
				.param("texts[en].name", "USAID")
				.param("kind", "DONOR")
				.param("website", "javascript:alert(1)")
				.param("position", "2"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#website-error").text()).startsWith("Saisissez une adresse complète");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(asEditor(get(path))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	/**
	 * The editor's changes are in this test's transaction, not committed: they are flushed
	 * first, as a commit would, since public pages read the pages and axes by JDBC.
	 */
	private Document publicPage(String path) throws Exception {
		this.entityManager.flush();
		return Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B asEditor(B request) {
		return request.with(csrf()).with(user("editor@oim.test").roles("EDITOR"));
	}

}
