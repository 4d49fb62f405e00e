package ma.oim.site.news;

import java.time.Instant;
import java.util.List;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events list's filters, on the real database with the movable clock: by axis (its
 * slug in the page's language), by the year events start in, both; bad values refused;
 * the filter kept by the pagination, the canonical and the alternates; every language.
 */
@SiteTest
class EventsFilterTests extends KindsTestSupport {

	static final long PROTECTION = 1;

	static final long YOUTH = 3;

	static final String PROTECTION_AR = "الحماية-والقدرة-على-الصمود";

	@Test
	void byAxisListsOnlyThatAxisInTheListsOrderAndCarriesTheFilterInItsAddresses() throws Exception {
		event("Atelier", local("2026-12-10T09:00"), PROTECTION);
		event("Forum", local("2026-12-05T09:00"), PROTECTION);
		event("Séminaire", local("2026-11-20T09:00"), PROTECTION);
		event("Jeunes", local("2026-12-06T09:00"), YOUTH);
		event("Sans axe", local("2026-12-07T09:00"), null);

		Document list = pageAt("/fr/evenements?axis=protection-et-resilience");
		// Upcoming soonest first, then past, latest first.
		assertThat(titles(list, 0)).containsExactly("Forum " + this.marker, "Atelier " + this.marker);
		assertThat(titles(list, 1)).containsExactly("Séminaire " + this.marker);
		assertThat(list.select("#filter-axis option[selected]").attr("value")).isEqualTo("protection-et-resilience");
		assertThat(list.select("#filter-axis option").eachAttr("value")).contains("", "appui-a-la-jeunesse");
		assertThat(list.selectFirst("form.filters").attr("method")).isEqualTo("get");
		assertThat(list.selectFirst("form.filters").attr("action")).isEqualTo("/fr/evenements");
		assertThat(list.select("form.filters button[type=submit]")).hasSize(1);
		assertThat(list.selectFirst("title").text()).startsWith("Événements : Protection et résilience");
		assertThat(canonical(list)).endsWith("/fr/evenements?axis=protection-et-resilience");
		assertThat(alternate(list, "en")).endsWith("/en/events?axis=protection-and-resilience");
		assertThat(alternate(list, "ar")).endsWith(SitePaths.encode("/ar/فعاليات") + "?axis="
				+ SitePaths.encode(PROTECTION_AR));
		assertThat(alternate(list, "x-default")).endsWith("/fr/evenements?axis=protection-et-resilience");
		// The unfiltered list still holds them all, its canonical without a filter.
		Document all = pageAt("/fr/evenements");
		assertThat(titles(all, 0)).containsExactly("Forum " + this.marker, "Jeunes " + this.marker,
				"Sans axe " + this.marker, "Atelier " + this.marker);
		assertThat(canonical(all)).endsWith("/fr/evenements");
		assertThat(all.select(".empty-result")).isEmpty();
	}

	@Test
	void byYearListsTheEventsStartingThatYearInMorocco() throws Exception {
		event("Futur", local("2027-03-01T09:00"), null);
		event("Décembre", local("2026-12-05T09:00"), null);
		// 1 January 2026 at 00:30 in Morocco is still 2025 in UTC: the year is Morocco's.
		event("Janvier", local("2026-01-01T00:30"), null);
		event("Réveillon", local("2025-12-31T23:30"), null);

		Document list = pageAt("/fr/evenements?year=2026");
		assertThat(titles(list, 0)).containsExactly("Décembre " + this.marker);
		assertThat(titles(list, 1)).containsExactly("Janvier " + this.marker);
		assertThat(pageAt("/fr/evenements?year=2025").select(".card-title").eachText())
			.contains("Réveillon " + this.marker)
			.doesNotContain("Janvier " + this.marker);
		assertThat(titles(pageAt("/fr/evenements?year=2027"), 0)).containsExactly("Futur " + this.marker);
		assertThat(list.select("#filter-year option").eachAttr("value")).contains("", "2027", "2026", "2025");
		assertThat(list.select("#filter-year option[selected]").attr("value")).isEqualTo("2026");
		assertThat(list.selectFirst("title").text()).startsWith("Événements de 2026");
		assertThat(canonical(list)).endsWith("/fr/evenements?year=2026");
		assertThat(alternate(list, "en")).endsWith("/en/events?year=2026");
		// An empty "all" option means no filter.
		assertThat(canonical(pageAt("/fr/evenements?axis=&year="))).endsWith("/fr/evenements");
	}

	@Test
	void byAxisAndYearTogether() throws Exception {
		event("Protection 2026", local("2026-12-05T09:00"), PROTECTION);
		event("Protection 2027", local("2027-01-10T09:00"), PROTECTION);
		event("Jeunesse 2026", local("2026-12-06T09:00"), YOUTH);

		Document list = pageAt("/fr/evenements?axis=protection-et-resilience&year=2026");
		assertThat(list.select(".card-title").eachText().stream().filter((title) -> title.contains(this.marker)))
			.containsExactly("Protection 2026 " + this.marker);
		assertThat(list.selectFirst("title").text()).startsWith("Événements : Protection et résilience, 2026");
		assertThat(canonical(list)).endsWith("/fr/evenements?axis=protection-et-resilience&year=2026");
		assertThat(list.select("nav.breadcrumb a").eachAttr("href")).contains("/fr/evenements");
	}

	@Test
	void aFilterWithoutEventsSaysSoAndLinksToTheWholeList() throws Exception {
		Document empty = pageAt("/fr/evenements?axis=appui-a-la-jeunesse&year=1995");
		assertThat(empty.selectFirst(".result-count").text()).isEqualTo("Aucun événement");
		assertThat(empty.selectFirst(".empty-result").text()).startsWith("Aucun événement ne correspond à ces filtres.");
		assertThat(empty.select(".empty-result a").attr("href")).isEqualTo("/fr/evenements");
		assertThat(pageAt("/en/events?year=1995").selectFirst(".empty-result").text())
			.startsWith("No events match these filters.");
		assertThat(pageAt(SitePaths.encode("/ar/فعاليات") + "?year=1995").selectFirst(".empty-result").text())
			.startsWith("لا توجد فعاليات تطابق معايير التصفية هذه.");
	}

	@Test
	void badValuesAreRefused() throws Exception {
		for (String bad : List.of("axis=aucun-axe", "axis=protection-and-resilience", "year=1066", "year=1989",
				"year=2037", "year=abc", "year=20.5", "axis=" + "a".repeat(300), "page=0", "axis=appui-a-la-jeunesse&page=2")) {
			int status = this.mvc.perform(get("/fr/evenements?" + bad)).andReturn().getResponse().getStatus();
			assertThat(status).as(bad).isBetween(400, 404);
		}
		this.mvc.perform(get("/fr/evenements?axis=aucun-axe")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/fr/evenements?year=1066")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/fr/evenements?year=abc")).andExpect(status().isBadRequest());
		// Ten years ahead is the calendar's last year, and the filter's.
		this.mvc.perform(get("/fr/evenements?year=2036")).andExpect(status().isOk());
		this.mvc.perform(get("/en/events?axis=protection-et-resilience")).andExpect(status().isBadRequest());
	}

	@Test
	void pagesOfAFilteredListKeepTheFilter() throws Exception {
		for (int i = 1; i <= 11; i++) {
			event("Réunion %02d".formatted(i), local("2027-02-%02dT09:00".formatted(i)), YOUTH);
		}
		event("Autre axe", local("2027-02-15T09:00"), PROTECTION);
		String filter = "axis=appui-a-la-jeunesse&year=2027";
		Document first = pageAt("/fr/evenements?" + filter);
		assertThat(first.selectFirst(".result-count").text()).isEqualTo("11 événements");
		assertThat(titles(first, 0)).hasSize(10).first().isEqualTo("Réunion 01 " + this.marker);
		assertThat(first.select("nav.pagination a[href]").eachAttr("href"))
			.contains("/fr/evenements?" + filter + "&page=2");
		Document second = pageAt("/fr/evenements?" + filter + "&page=2");
		assertThat(titles(second, 0)).containsExactly("Réunion 11 " + this.marker);
		assertThat(second.select("nav.pagination a[href]").eachAttr("href"))
			.contains("/fr/evenements?" + filter);
		assertThat(canonical(second)).endsWith("/fr/evenements?" + filter);
		this.mvc.perform(get("/fr/evenements?" + filter + "&page=3")).andExpect(status().isNotFound());
		// In Arabic, the axis's Arabic slug is kept, encoded, in the page links.
		String arabic = "axis=" + SitePaths.encode("دعم-الشباب") + "&year=2027";
		Document arabicFirst = pageAt(SitePaths.encode("/ar/فعاليات") + "?" + arabic);
		assertThat(arabicFirst.select("nav.pagination a[href]").eachAttr("href"))
			.contains(SitePaths.encode("/ar/فعاليات") + "?" + arabic + "&page=2");
	}

	@Test
	void everyLanguageFiltersByItsOwnSlugsAndWords() throws Exception {
		event("Atelier", local("2026-12-10T09:00"), PROTECTION);
		event("Jeunes", local("2026-12-06T09:00"), YOUTH);

		Document english = pageAt("/en/events?axis=protection-and-resilience&year=2026");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.select(".card-title").eachText()).contains("Atelier " + this.marker)
			.doesNotContain("Jeunes " + this.marker);
		assertThat(english.selectFirst("title").text()).startsWith("Events: Protection and resilience, 2026");
		assertThat(english.selectFirst("label[for=filter-axis]").text()).isEqualTo("Thematic area");
		assertThat(english.selectFirst("form.filters").attr("action")).isEqualTo("/en/events");
		assertThat(canonical(english)).endsWith("/en/events?axis=protection-and-resilience&year=2026");
		assertThat(alternate(english, "fr")).endsWith("/fr/evenements?axis=protection-et-resilience&year=2026");

		String arabicPath = SitePaths.encode("/ar/فعاليات") + "?axis=" + SitePaths.encode(PROTECTION_AR) + "&year=2026";
		Document arabic = pageAt(arabicPath);
		assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.select(".card-title").eachText()).contains("Atelier " + this.marker)
			.doesNotContain("Jeunes " + this.marker);
		assertThat(arabic.selectFirst("title").text()).startsWith("الفعاليات: الحماية والقدرة على الصمود، 2026");
		assertThat(arabic.selectFirst("label[for=filter-year]").text()).isEqualTo("السنة");
		assertThat(arabic.select("#filter-axis option[selected]").text()).isEqualTo("الحماية والقدرة على الصمود");
		assertThat(canonical(arabic)).endsWith(arabicPath);
		assertThat(alternate(arabic, "en")).endsWith("/en/events?axis=protection-and-resilience&year=2026");
	}

	// Helpers

	/** A French-only published event, named with the marker, of an axis (or none); its id. */
	private long event(String title, Instant start, Long axis) {
		long id = article("PUBLISHED", local("2025-01-01T10:00"), "filtre-" + this.marker + "-" + this.ids.size(),
				title + " " + this.marker, "<p>Programme.</p>", "kind, starts_at", "EVENT", start);
		if (axis != null) {
			this.jdbc.update("insert into article_axis (article_id, axis_id) values (?, ?)", id, axis);
		}
		return id;
	}

	/** A page by its address, percent-encoded already as links give it. */
	private Document pageAt(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(java.net.URI.create(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The titles of this test's cards under the list's n-th heading (0: upcoming, 1: past). */
	private List<String> titles(Document list, int section) {
		Element heading = list.select(".events-list > h2").get(section);
		return marked(heading.nextElementSibling().select(".card-title").eachText());
	}

	private static String canonical(Document page) {
		return page.selectFirst("link[rel=canonical]").attr("href");
	}

	private static String alternate(Document page, String hreflang) {
		return page.selectFirst("link[rel=alternate][hreflang=" + hreflang + "]").attr("href");
	}

}
