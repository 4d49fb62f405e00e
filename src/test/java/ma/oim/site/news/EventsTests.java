package ma.oim.site.news;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.Sitemaps;
import ma.oim.site.web.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events, a kind of article, on the real database with the movable clock: the list
 * (upcoming soonest first, then past), the month calendar in Morocco's dates, the
 * iCalendar file, the Event structured data, the editor's checks, and what is not public.
 */
@SiteTest
class EventsTests extends KindsTestSupport {

	@Autowired
	EventAndCallTimes times;

	@Test
	void listShowsUpcomingSoonestFirstThenPastAndChangesWithTheClock() throws Exception {
		long first = event("PUBLISHED", "atelier-" + this.marker, "Atelier " + this.marker, local("2026-12-05T09:00"),
				local("2026-12-05T12:00"), "Rabat", null);
		event("PUBLISHED", "forum-" + this.marker, "Forum " + this.marker, local("2026-12-10T09:00"), null, null,
				"https://example.org/forum");
		event("PUBLISHED", "seminaire-" + this.marker, "Séminaire " + this.marker, local("2026-11-20T09:00"),
				local("2026-11-20T17:00"), "Tanger", null);
		event("PUBLISHED", "rencontre-" + this.marker, "Rencontre " + this.marker, local("2026-11-25T09:00"),
				local("2026-11-25T17:00"), "Oujda", null);

		Document list = page("/fr/evenements");
		assertThat(titles(list, 0)).containsExactly("Atelier " + this.marker, "Forum " + this.marker);
		assertThat(titles(list, 1)).containsExactly("Rencontre " + this.marker, "Séminaire " + this.marker);
		assertThat(list.select("h2").eachText()).containsSequence("À venir", "Événements passés");
		assertThat(list.selectFirst(".card .event-badge").text()).isEqualTo("Événement");
		assertThat(list.selectFirst(".card time").attr("datetime")).isEqualTo("2026-12-05T09:00:00+01:00");
		assertThat(list.selectFirst(".card time").text()).isEqualTo("5 décembre 2026, 09:00 – 12:00");
		// The calendar link goes to the month of the next event.
		assertThat(list.select("a[href='/fr/evenements/2026/12']")).hasSize(1);
		// The page cache is told the list changes when the first event starts.
		assertThat(this.times.nextAfter(NOW)).contains(local("2026-12-05T09:00"));
		assertThat(this.times.nextAfter(local("2026-12-05T09:00"))).contains(local("2026-12-05T12:00"));

		// The workshop ends: it is past, the latest past event.
		this.clock.setInstant(local("2026-12-05T12:00"));
		list = page("/fr/evenements");
		assertThat(titles(list, 0)).containsExactly("Forum " + this.marker);
		assertThat(titles(list, 1)).containsExactly("Atelier " + this.marker, "Rencontre " + this.marker,
				"Séminaire " + this.marker);
		this.clock.setInstant(local("2026-12-05T11:59"));
		assertThat(titles(page("/fr/evenements"), 0)).first().isEqualTo("Atelier " + this.marker);
		assertThat(first).isPositive();
	}

	@Test
	void englishAndArabicListsAndCalendarsHaveTheirOwnPaths() throws Exception {
		event("PUBLISHED", "atelier-" + this.marker, "Atelier " + this.marker, local("2026-12-05T09:00"), null, "Rabat",
				null);
		Document english = page("/en/events");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.selectFirst("h1").text()).isEqualTo("Events");
		assertThat(english.select(".card-title").eachText()).contains("Atelier " + this.marker);
		assertThat(english.select("link[rel=alternate][hreflang=ar]").attr("href")).endsWith(SitePaths.encode("/ar/فعاليات"));
		Document arabic = page("/ar/فعاليات");
		assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.selectFirst("h1").text()).isEqualTo("الفعاليات");
		assertThat(arabic.select(".card-title").eachText()).contains("Atelier " + this.marker);
		assertThat(page("/en/events/2026/12").selectFirst("caption").text()).isEqualTo("December 2026");
		assertThat(page("/ar/فعاليات/2026/12").selectFirst("caption").text()).isEqualTo("دجنبر 2026");
		this.mvc.perform(get("/fr/evenements/2026/13")).andExpect(status().isNotFound());
		this.mvc.perform(get("/fr/evenements/1850/01")).andExpect(status().isNotFound());
		this.mvc.perform(get("/fr/evenements?page=2")).andExpect(status().isNotFound());
		// The news list links to the events; the footer too.
		assertThat(page("/fr/actualites").select("a[href='/fr/evenements']")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void calendarPutsEachEventOnItsDayInMorocco() throws Exception {
		// Half past midnight on the 15th in Morocco is still the 14th in UTC.
		Instant afterMidnight = local("2026-12-15T00:30");
		assertThat(afterMidnight.atOffset(ZoneOffset.UTC).getDayOfMonth()).isEqualTo(14);
		event("PUBLISHED", "nuit-" + this.marker, "Nuit " + this.marker, afterMidnight, null, "Rabat", null);
		// Three days, from the 20th to the 22nd; and one starting on New Year's Eve after midnight in Morocco.
		event("PUBLISHED", "salon-" + this.marker, "Salon " + this.marker, local("2026-12-20T10:00"),
				local("2026-12-22T18:00"), "Casablanca", null);
		event("PUBLISHED", "nouvel-an-" + this.marker, "Nouvel an " + this.marker, local("2027-01-01T00:30"), null,
				"Rabat", null);

		Document december = page("/fr/evenements/2026/12");
		Element table = december.selectFirst("table.calendar");
		assertThat(table.selectFirst("caption").text()).isEqualTo("décembre 2026");
		// Weeks start on Monday in French; 1 December 2026 is a Tuesday.
		assertThat(table.select("thead th abbr").eachAttr("title")).containsExactly("lundi", "mardi", "mercredi", "jeudi",
				"vendredi", "samedi", "dimanche");
		assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
		Element firstWeek = table.selectFirst("tbody tr");
		assertThat(firstWeek.select("td").get(0).text()).isEmpty();
		assertThat(firstWeek.select("td").get(1).selectFirst("time").attr("datetime")).isEqualTo("2026-12-01");
		assertThat(titlesOn(table, "2026-12-15")).containsExactly("Nuit " + this.marker);
		assertThat(titlesOn(table, "2026-12-14")).isEmpty();
		assertThat(titlesOn(table, "2026-12-20")).containsExactly("Salon " + this.marker);
		assertThat(titlesOn(table, "2026-12-21")).containsExactly("Salon " + this.marker);
		assertThat(titlesOn(table, "2026-12-22")).containsExactly("Salon " + this.marker);
		assertThat(titlesOn(table, "2026-12-23")).isEmpty();
		assertThat(titlesOn(table, "2026-12-31")).isEmpty();
		assertThat(table.selectFirst("td:has(time[datetime=2026-12-15]) a").attr("href"))
			.isEqualTo("/fr/actualites/nuit-" + this.marker);
		assertThat(december.select("a[rel=prev]").attr("href")).isEqualTo("/fr/evenements/2026/11");
		assertThat(december.select("a[rel=next]").attr("href")).isEqualTo("/fr/evenements/2027/01");
		assertThat(titlesOn(page("/fr/evenements/2027/01").selectFirst("table"), "2027-01-01"))
			.containsExactly("Nouvel an " + this.marker);
		assertThat(december.selectFirst("link[rel=canonical]").attr("href")).endsWith("/fr/evenements/2026/12");
		// A month without events is indexed as the list.
		assertThat(page("/fr/evenements/2030/03").selectFirst("link[rel=canonical]").attr("href"))
			.endsWith("/fr/evenements");
	}

	@Test
	void calendarFileIsRfc5545WithEscapingFoldingAndCrlf() throws Exception {
		String title = "Atelier, droits; accès \\ protection " + this.marker;
		String summary = "Première ligne\nDeuxième ligne : une phrase assez longue pour dépasser soixante-quinze octets "
				+ "et être pliée, avec des lettres accentuées éàü et de l’arabe العربية";
		long id = event("PUBLISHED", "atelier-" + this.marker, title, local("2026-12-05T09:00"), local("2026-12-05T12:30"),
				"Hôtel, salle 2; Rabat", "https://example.org/live?a=1");
		this.jdbc.update("update article_translation set summary = ? where article_id = ?", summary, id);

		MockHttpServletResponse response = this.mvc.perform(get("/fr/evenements/atelier-" + this.marker + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=utf-8");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("atelier-" + this.marker + ".ics");
		byte[] bytes = response.getContentAsByteArray();
		String body = new String(bytes, StandardCharsets.UTF_8);
		assertThat(body).endsWith("\r\n");
		assertThat(body.replace("\r\n", "")).doesNotContain("\n", "\r");
		List<String> physical = Arrays.asList(body.split("\r\n"));
		assertThat(physical).allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		assertThat(physical).anyMatch((line) -> line.startsWith(" "));
		List<String> lines = Arrays.asList(body.replace("\r\n ", "").split("\r\n"));
		assertThat(lines).startsWith("BEGIN:VCALENDAR", "VERSION:2.0").endsWith("END:VEVENT", "END:VCALENDAR");
		assertThat(lines).contains("UID:article-" + id + "@localhost", "DTSTART:20261205T080000Z",
				"DTEND:20261205T113000Z", "SUMMARY:Atelier\\, droits\\; accès \\\\ protection " + this.marker,
				"DESCRIPTION:" + ICalendar.text(summary), "LOCATION:Hôtel\\, salle 2\\; Rabat / https://example.org/live?a=1",
				"URL:" + Sitemaps.BASE + "/fr/actualites/atelier-" + this.marker);
		assertThat(lines).anyMatch((line) -> line.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
		assertThat(ICalendar.text(summary)).contains("Première ligne\\nDeuxième ligne");
		// The same event in Arabic, by its Arabic slug (here the French one, untranslated: not found).
		this.mvc.perform(get("/ar/فعاليات/atelier-" + this.marker + ".ics"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/fr/evenements/inconnu-" + this.marker + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void translatedEventHasItsPageListAndCalendarFileInEachLanguage() throws Exception {
		long id = event("PUBLISHED", "atelier-" + this.marker, "Atelier " + this.marker, local("2026-12-05T09:00"),
				local("2026-12-05T12:00"), "Rabat", null);
		String arabicSlug = "ورشة-" + this.marker;
		this.jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_html) values
				(?, 'en', ?, ?, 'A workshop.', '<p>Programme.</p>'), (?, 'ar', ?, ?, 'ورشة.', '<p>برنامج.</p>')""", id,
				"workshop-" + this.marker, "Workshop " + this.marker, id, arabicSlug, "ورشة " + this.marker);
		assertThat(page("/en/events").select(".card-title").eachText()).contains("Workshop " + this.marker);
		Document arabicPage = page("/ar/الأخبار/" + arabicSlug);
		assertThat(arabicPage.selectFirst(".event-details time").text()).isEqualTo("5 دجنبر 2026, 09:00 – 12:00");
		String icsPath = arabicPage.selectFirst(".event-details a[type='text/calendar']").attr("href");
		assertThat(icsPath).isEqualTo(SitePaths.eventCalendarFile(ma.oim.site.i18n.Language.forCode("ar"), arabicSlug));
		MockHttpServletResponse ics = this.mvc.perform(get("/ar/فعاليات/" + arabicSlug + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(ics.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
		String body = new String(ics.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\r\n ", "");
		assertThat(body).contains("\r\nSUMMARY:ورشة " + this.marker + "\r\n", "\r\nUID:article-" + id + "@localhost\r\n");
		assertThat(body).contains("\r\nURL:" + Sitemaps.BASE + SitePaths.article(ma.oim.site.i18n.Language.forCode("ar"),
				arabicSlug) + "\r\n");
	}

	@Test
	void eventPageShowsWhenAndWhereWithEventStructuredData() throws Exception {
		event("PUBLISHED", "atelier-" + this.marker, "Atelier " + this.marker, local("2026-12-05T09:00"),
				local("2026-12-06T12:00"), "Hôtel Tour Hassan, Rabat", "https://example.org/live");
		Document page = page("/fr/actualites/atelier-" + this.marker);
		Element details = page.selectFirst(".event-details");
		assertThat(details.selectFirst("time").attr("datetime")).isEqualTo("2026-12-05T09:00:00+01:00");
		assertThat(details.selectFirst("time").text()).isEqualTo("5 décembre 2026, 09:00 – 6 décembre 2026, 12:00");
		assertThat(details.select("dd").eachText()).contains("Hôtel Tour Hassan, Rabat");
		assertThat(details.selectFirst("a[href='https://example.org/live']")).isNotNull();
		assertThat(details.selectFirst("a[type='text/calendar']").attr("href"))
			.isEqualTo("/fr/evenements/atelier-" + this.marker + ".ics");
		assertThat(page.select(".breadcrumb a").eachAttr("href")).contains("/fr/evenements");
		JsonNode event = JSON.readTree(page.select("script[type=application/ld+json]").get(0).data());
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("name").asString()).isEqualTo("Atelier " + this.marker);
		assertThat(event.get("startDate").asString()).isEqualTo("2026-12-05T09:00:00+01:00");
		assertThat(event.get("endDate").asString()).isEqualTo("2026-12-06T12:00:00+01:00");
		assertThat(event.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
		assertThat(event.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
		assertThat(event.get("location").get(0).get("@type").asString()).isEqualTo("Place");
		assertThat(event.get("location").get(0).get("name").asString()).isEqualTo("Hôtel Tour Hassan, Rabat");
		assertThat(event.get("location").get(1).get("@type").asString()).isEqualTo("VirtualLocation");
		assertThat(event.get("location").get(1).get("url").asString()).isEqualTo("https://example.org/live");
		assertThat(event.get("organizer").get("@type").asString()).isEqualTo("Organization");
	}

	@Test
	void eventsAreMarkedInTheNewsListFeedSearchAndSitemap() throws Exception {
		event("PUBLISHED", "atelier-" + this.marker, "Atelier " + this.marker, local("2026-12-05T09:00"), null, "Rabat",
				null);
		Element card = card(page("/fr/actualites"), "Atelier " + this.marker);
		assertThat(card.selectFirst(".event-badge").text()).isEqualTo("Événement");
		assertThat(card.selectFirst("time").text()).isEqualTo("5 décembre 2026, 09:00");
		assertThat(feedTitles())
			.contains("Événement, 5 décembre 2026, 09:00 : Atelier " + this.marker);
		Document search = page("/fr/recherche?q=" + this.marker);
		assertThat(search.select(".kind").eachText()).containsExactly("Événement");
		assertThat(Sitemaps.urls(this.mvc).keySet()).anyMatch((url) -> url.endsWith("/fr/actualites/atelier-" + this.marker));
	}

	@Test
	void draftOrScheduledEventIsNotFoundAnywhere() throws Exception {
		event("DRAFT", "brouillon-" + this.marker, "Brouillon " + this.marker, local("2026-12-05T09:00"), null, "Rabat",
				null);
		long scheduled = event("PUBLISHED", "programme-" + this.marker, "Programme " + this.marker,
				local("2026-12-06T09:00"), null, "Rabat", null);
		this.jdbc.update("update article set published_at = ? where id = ?",
				OffsetDateTime.ofInstant(NOW.plusSeconds(3600), ZoneOffset.UTC), scheduled);
		for (String slug : List.of("brouillon-", "programme-")) {
			this.mvc.perform(get("/fr/actualites/" + slug + this.marker)).andExpect(status().isNotFound());
			this.mvc.perform(get("/fr/evenements/" + slug + this.marker + ".ics")).andExpect(status().isNotFound());
		}
		assertThat(page("/fr/evenements").text()).doesNotContain(this.marker);
		assertThat(page("/fr/evenements/2026/12").text()).doesNotContain(this.marker);
		// Nor do the page cache's times count them before then.
		assertThat(this.times.nextAfter(NOW)).isNotIn(Optional.of(local("2026-12-05T09:00")),
				Optional.of(local("2026-12-06T09:00")));
		// The scheduled one appears at its time.
		this.clock.setInstant(NOW.plusSeconds(3600));
		assertThat(this.times.nextAfter(NOW.plusSeconds(3600))).contains(local("2026-12-06T09:00"));
		assertThat(page("/fr/evenements").text()).contains("Programme " + this.marker).doesNotContain("Brouillon");
		assertThat(page("/fr/evenements/2026/12").text()).contains("Programme " + this.marker);
	}

	@Test
	void editorSavesAnEventInMoroccoTimeAndRefusesBadInputByTheField() throws Exception {
		String title = "Événement " + this.marker;
		PublishingTests.Form form = PublishingTests.article(title, null)
			.with("kind", "EVENT")
			.with("startsAt", "2026-12-05T09:00")
			.with("endsAt", "2026-12-05T12:30")
			.with("place", "Rabat")
			.with("onlineUrl", "https://example.org/live");
		long id = PublishingTests.create(this.mvc, form, "save");
		this.ids.add(id);
		assertThat(this.jdbc.queryForObject("select kind from article where id = ?", String.class, id)).isEqualTo("EVENT");
		assertThat(this.jdbc.queryForObject("select starts_at from article where id = ?", OffsetDateTime.class, id)
			.toInstant()).isEqualTo(Instant.parse("2026-12-05T08:00:00Z"));
		Document editor = Jsoup.parse(this.mvc.perform(PublishingTests.asEditor(get("/admin/articles/" + id)))
			.andReturn().getResponse().getContentAsString());
		assertThat(editor.selectFirst("input[name=kind][value=EVENT]").hasAttr("checked")).isTrue();
		assertThat(editor.selectFirst("input[name=startsAt]").val()).isEqualTo("2026-12-05T09:00");
		assertThat(editor.selectFirst("input[name=endsAt]").val()).isEqualTo("2026-12-05T12:30");
		// Back to news: an event's fields go.
		PublishingTests.save(this.mvc, this.jdbc, id, PublishingTests.article(title, null).with("kind", "NEWS")
			.with("startsAt", "2026-12-05T09:00"), "save");
		assertThat(this.jdbc.queryForMap("select kind, starts_at, place from article where id = ?", id))
			.containsEntry("kind", "NEWS").containsEntry("starts_at", null).containsEntry("place", null);

		String refused = "Refusé " + this.marker;
		Document french = refusedForm("", PublishingTests.article(refused, null).with("kind", "EVENT")
			.with("onlineUrl", "javascript:alert(1)")
			.with("place", "x".repeat(5000)));
		assertThat(french.selectFirst("[id=startsAt-error]").text())
			.isEqualTo("Indiquez la date et l’heure de début de l’événement.");
		assertThat(french.selectFirst("[id=onlineUrl-error]").text())
			.isEqualTo("Donnez une adresse web complète commençant par http:// ou https://.");
		assertThat(french.selectFirst("[id=place-error]").text()).isEqualTo("Au plus 300 caractères.");
		assertThat(french.selectFirst("input[name=startsAt]").attr("aria-invalid")).isEqualTo("true");
		Document endBefore = refusedForm("", PublishingTests.article(refused, null).with("kind", "EVENT")
			.with("startsAt", "2026-12-05T09:00")
			.with("endsAt", "2026-12-05T08:00"));
		assertThat(endBefore.selectFirst("[id=endsAt-error]").text()).isEqualTo("La fin doit venir après le début.");

		Document arabic = refusedForm("?lang=ar", PublishingTests.article(refused, null).with("kind", "EVENT")
			.with("startsAt", "2026-12-05T09:00")
			.with("endsAt", "2026-12-05T09:00")
			.with("onlineUrl", "ftp://example.org/file"));
		assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.selectFirst("[id=endsAt-error]").text()).isEqualTo("يجب أن تأتي النهاية بعد البداية.");
		assertThat(arabic.selectFirst("[id=onlineUrl-error]").text())
			.isEqualTo("أدخل عنوانًا كاملًا على الويب يبدأ بـ http:// أو https://.");
		Document arabicMismatch = refusedForm("?lang=ar", PublishingTests.article(refused, null).with("kind", "EVENT")
			.with("startsAt", "2026-13-45T99:99"));
		assertThat(arabicMismatch.selectFirst("[id=startsAt-error]").text())
			.isEqualTo("أدخل تاريخًا ووقتًا، مثلًا 2026-12-12T09:30.");
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where title = ?", Integer.class,
				refused)).isZero();
	}

	// Helpers

	/** A French-only event, published on 1 November 2026; its id. */
	private long event(String status, String slug, String title, Instant start, Instant end, String place,
			String online) {
		return article(status, local("2026-11-01T10:00"), slug, title, "<p>Programme.</p>",
				"kind, starts_at, ends_at, place, online_url", "EVENT", start, end, place, online);
	}

	/** The titles of the cards of this marker under the list's n-th heading (0: upcoming, 1: past). */
	private List<String> titles(Document list, int section) {
		return titles(list.select(".events-list > h2").get(section).nextElementSibling());
	}

	private List<String> titlesOn(Element table, String day) {
		return marked(table.selectFirst("td:has(time[datetime=" + day + "])").select("li a").eachText());
	}

}
