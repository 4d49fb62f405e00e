package ma.oim.site.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ma.oim.site.testsupport.MutableClock;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard lists the publications withdrawn in the next 7 days beside the articles,
 * soonest first, each linking to its editor; by the movable clock.
 */
@SiteTest
class DashboardExpiringPublicationsTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final List<Long> created = new ArrayList<>();

	String marker;

	@BeforeEach
	void setClock() {
		this.clock.setInstant(NOW);
		this.marker = UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void deletePublicationsAndResetClock() {
		this.clock.reset();
		this.created.forEach((id) -> this.jdbc.update("delete from publication where id = ?", id));
	}

	@Test
	void publicationsExpiringWithinSevenDaysAreListedSoonestFirstWithALinkToTheirEditor() throws Exception {
		long inFiveDays = publication("Dans cinq jours", "PUBLISHED", NOW.plus(Duration.ofDays(5)));
		long tomorrow = publication("Demain", "PUBLISHED", NOW.plus(Duration.ofDays(1)));
		publication("Dans huit jours", "PUBLISHED", NOW.plus(Duration.ofDays(8)));
		publication("Déjà retiré", "PUBLISHED", NOW.minus(Duration.ofHours(1)));
		publication("Brouillon", "DRAFT", NOW.plus(Duration.ofDays(2)));
		publication("Sans retrait", "PUBLISHED", null);

		Element section = dashboard("fr").selectFirst("section[aria-labelledby=expiring-publications]");
		assertThat(section.selectFirst("h2").text()).isEqualTo("Publications retirées dans les 7 jours");
		assertThat(mine(section)).containsExactly("Demain " + this.marker, "Dans cinq jours " + this.marker);
		assertThat(section.select("a:contains(" + this.marker + ")").eachAttr("href"))
			.containsExactly("/admin/publications/" + tomorrow, "/admin/publications/" + inFiveDays);
		assertThat(section.text()).contains("retrait le");
		// Beside the articles' own list, each titled by its type.
		assertThat(dashboard("fr").selectFirst("section[aria-labelledby=expiring] h2").text())
			.isEqualTo("Articles retirés dans les 7 jours");

		// Two days later, the first has gone and the one of eight days has come within the week.
		this.clock.setInstant(NOW.plus(Duration.ofDays(2)));
		assertThat(mine(dashboard("fr").selectFirst("section[aria-labelledby=expiring-publications]")))
			.containsExactly("Dans cinq jours " + this.marker, "Dans huit jours " + this.marker);

		assertThat(dashboard("en").selectFirst("#expiring-publications").text())
			.isEqualTo("Publications withdrawn in the next 7 days");
		assertThat(dashboard("ar").selectFirst("#expiring-publications").text())
			.isEqualTo("المنشورات التي تُسحب خلال الأيام السبعة القادمة");
	}

	/** A publication with a French text, published a month ago (or a draft), expiring then (or never); its id. */
	private long publication(String title, String status, Instant expiresAt) {
		Instant published = NOW.minus(Duration.ofDays(30));
		long id = this.jdbc.queryForObject("""
				insert into publication (type, status, published_at, expires_at, issued_on, created_by, created_at, updated_at)
				values ('REPORT', ?, ?, ?, ?, 'test', ?, ?) returning id""", Long.class, status,
				"PUBLISHED".equals(status) ? published.atOffset(ZoneOffset.UTC) : null,
				(expiresAt != null) ? expiresAt.atOffset(ZoneOffset.UTC) : null, LocalDate.of(2026, 11, 1),
				published.atOffset(ZoneOffset.UTC), published.atOffset(ZoneOffset.UTC));
		this.created.add(id);
		this.jdbc.update("insert into publication_text (publication_id, language, slug, title) values (?, 'fr', ?, ?)",
				id, "retrait-" + this.marker + "-" + id, title + " " + this.marker);
		return id;
	}

	private List<String> mine(Element section) {
		return section.select("li a").eachText().stream().filter((title) -> title.contains(this.marker)).toList();
	}

	private Document dashboard(String language) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin").param("lang", language).with(user(SiteTest.ADMIN_EMAIL).roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
