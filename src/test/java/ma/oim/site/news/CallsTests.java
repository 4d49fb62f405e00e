package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls (jobs, consultancies, tenders), a kind of article, on the real database with the
 * movable clock: the open list (soonest deadline first) that a call leaves at its deadline
 * for the closed one, the call's page ("open until", "closed"), JobPosting, feed, search,
 * sitemap, the editor's checks, and what is not public.
 */
@SiteTest
class CallsTests extends KindsTestSupport {

	@Autowired
	EventAndCallTimes times;

	@Test
	void openListShowsSoonestDeadlineFirstAndACallLeavesItAtItsDeadline() throws Exception {
		call("PUBLISHED", "assistant-" + this.marker, "Assistant " + this.marker, "JOB", local("2026-12-15T23:59"), null);
		call("PUBLISHED", "etude-" + this.marker, "Étude " + this.marker, "CONSULTANCY", local("2026-12-05T12:00"),
				"OIM/RAB/2026-14");
		call("PUBLISHED", "vehicules-" + this.marker, "Véhicules " + this.marker, "TENDER", local("2026-11-30T17:00"),
				null);

		Document open = page("/fr/appels");
		assertThat(titles(open)).containsExactly("Étude " + this.marker, "Assistant " + this.marker);
		Element card = card(open, "Étude " + this.marker);
		assertThat(card.selectFirst(".call-badge").text()).isEqualTo("Appel");
		assertThat(card.selectFirst(".card-meta").text()).contains("Consultance", "Ouvert jusqu’au");
		assertThat(card.selectFirst("time").attr("datetime")).isEqualTo("2026-12-05T12:00:00+01:00");
		assertThat(card.selectFirst("time").text()).isEqualTo("5 décembre 2026, 12:00");
		assertThat(open.select("a[href='/fr/appels/clotures']")).hasSize(1);
		Document closed = page("/fr/appels/clotures");
		assertThat(titles(closed)).containsExactly("Véhicules " + this.marker);
		assertThat(card(closed, "Véhicules " + this.marker).selectFirst(".card-meta").text()).contains("Clôturé le");
		assertThat(closed.select("a[href='/fr/appels']")).isNotEmpty();
		// The page cache is told the list changes at the next deadline.
		assertThat(this.times.nextAfter(NOW)).contains(local("2026-12-05T12:00"));
		assertThat(this.times.nextAfter(local("2026-12-05T12:00"))).contains(local("2026-12-15T23:59"));

		// One minute before its deadline the study is open; at it, closed, the latest closed first.
		this.clock.setInstant(local("2026-12-05T11:59"));
		assertThat(titles(page("/fr/appels"))).first().isEqualTo("Étude " + this.marker);
		this.clock.setInstant(local("2026-12-05T12:00"));
		assertThat(titles(page("/fr/appels"))).containsExactly("Assistant " + this.marker);
		assertThat(titles(page("/fr/appels/clotures"))).containsExactly("Étude " + this.marker,
				"Véhicules " + this.marker);
		this.mvc.perform(get("/fr/appels?page=2")).andExpect(status().isNotFound());
	}

	@Test
	void englishAndArabicListsHaveTheirOwnPaths() throws Exception {
		call("PUBLISHED", "assistant-" + this.marker, "Assistant " + this.marker, "JOB", local("2026-12-15T23:59"), null);
		Document english = page("/en/calls");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.selectFirst("h1").text()).isEqualTo("Calls: jobs, consultancies and tenders");
		assertThat(titles(english)).containsExactly("Assistant " + this.marker);
		assertThat(card(english, "Assistant " + this.marker).selectFirst(".card-meta").text()).contains("Job vacancy",
				"Open until", "15 December 2026, 23:59");
		assertThat(english.select("link[rel=alternate][hreflang=ar]").attr("href"))
			.endsWith(SitePaths.encode("/ar/نداءات"));
		assertThat(page("/en/calls/closed").selectFirst("h1").text()).isEqualTo("Closed calls");
		Document arabic = page("/ar/نداءات");
		assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.selectFirst("h1").text()).isEqualTo("النداءات: وظائف واستشارات وطلبات عروض");
		assertThat(card(arabic, "Assistant " + this.marker).selectFirst(".card-meta").text()).contains("عرض عمل",
				"مفتوح إلى غاية", "15 دجنبر 2026");
		assertThat(page("/ar/نداءات/مغلقة").selectFirst("h1").text()).isEqualTo("النداءات المغلقة");
		// The news list and the footer link to the calls.
		assertThat(page("/fr/actualites").select("a[href='/fr/appels']")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void callPageShowsTypeDeadlineAndStateWithJobPosting() throws Exception {
		call("PUBLISHED", "etude-" + this.marker, "Étude " + this.marker, "CONSULTANCY", local("2026-12-05T12:00"),
				"OIM/RAB/2026-14");
		Document page = page("/fr/actualites/etude-" + this.marker);
		Element details = page.selectFirst(".call-details");
		assertThat(details.select("dd").eachText()).contains("Consultance", "OIM/RAB/2026-14");
		assertThat(details.selectFirst("time").attr("datetime")).isEqualTo("2026-12-05T12:00:00+01:00");
		assertThat(details.selectFirst(".call-open").text()).isEqualTo("Ouvert jusqu’au 5 décembre 2026, 12:00");
		assertThat(page.select(".breadcrumb a").eachAttr("href")).contains("/fr/appels");
		JsonNode posting = JSON.readTree(page.select("script[type=application/ld+json]").get(0).data());
		assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
		assertThat(posting.get("title").asString()).isEqualTo("Étude " + this.marker);
		assertThat(posting.get("datePosted").asString()).isEqualTo("2026-11-01T10:00:00+01:00");
		assertThat(posting.get("validThrough").asString()).isEqualTo("2026-12-05T12:00:00+01:00");
		assertThat(posting.get("employmentType").asString()).isEqualTo("CONTRACTOR");
		assertThat(posting.get("identifier").get("value").asString()).isEqualTo("OIM/RAB/2026-14");
		assertThat(posting.get("hiringOrganization").get("@type").asString()).isEqualTo("Organization");
		assertThat(posting.get("jobLocation").get("address").get("addressCountry").asString()).isEqualTo("MA");

		this.clock.setInstant(local("2026-12-05T12:00"));
		Document closed = page("/fr/actualites/etude-" + this.marker);
		assertThat(closed.select(".call-open")).isEmpty();
		assertThat(closed.selectFirst(".call-closed").text()).isEqualTo("Clôturé : la date limite est passée.");

		// A tender is described as the article it is.
		call("PUBLISHED", "vehicules-" + this.marker, "Véhicules " + this.marker, "TENDER", local("2026-12-20T17:00"),
				null);
		Document tender = page("/fr/actualites/vehicules-" + this.marker);
		assertThat(tender.selectFirst(".call-details dd").text()).isEqualTo("Appel d’offres");
		assertThat(JSON.readTree(tender.select("script[type=application/ld+json]").get(0).data()).get("@type").asString())
			.isEqualTo("NewsArticle");
	}

	@Test
	void callsAreMarkedInTheNewsListFeedSearchAndSitemap() throws Exception {
		call("PUBLISHED", "assistant-" + this.marker, "Assistant " + this.marker, "JOB", local("2026-12-15T23:59"), null);
		Element card = card(page("/fr/actualites"), "Assistant " + this.marker);
		assertThat(card.selectFirst(".call-badge").text()).isEqualTo("Appel");
		assertThat(feedTitles())
			.contains("Appel, date limite 15 décembre 2026, 23:59 : Assistant " + this.marker);
		assertThat(page("/fr/recherche?q=" + this.marker).select(".kind").eachText()).containsExactly("Appel");
		assertThat(page("/en/search?q=" + this.marker).select(".kind").eachText()).containsExactly("Call");
		assertThat(Sitemaps.urls(this.mvc).keySet()).anyMatch((url) -> url.endsWith("/fr/actualites/assistant-" + this.marker))
			.anyMatch((url) -> url.endsWith("/fr/appels"));
	}

	@Test
	void draftOrScheduledCallIsNotPublic() throws Exception {
		call("DRAFT", "brouillon-" + this.marker, "Brouillon " + this.marker, "JOB", local("2026-12-15T23:59"), null);
		long scheduled = call("PUBLISHED", "programme-" + this.marker, "Programme " + this.marker, "JOB",
				local("2026-12-15T23:59"), null);
		this.jdbc.update("update article set published_at = ? where id = ?",
				OffsetDateTime.ofInstant(NOW.plusSeconds(3600), ZoneOffset.UTC), scheduled);
		for (String slug : List.of("brouillon-", "programme-")) {
			this.mvc.perform(get("/fr/actualites/" + slug + this.marker)).andExpect(status().isNotFound());
		}
		assertThat(page("/fr/appels").text()).doesNotContain(this.marker);
		assertThat(page("/fr/appels/clotures").text()).doesNotContain(this.marker);
		// Nor do the page cache's times count them before then.
		assertThat(this.times.nextAfter(NOW)).isNotEqualTo(Optional.of(local("2026-12-15T23:59")));
		this.clock.setInstant(NOW.plusSeconds(3600));
		assertThat(this.times.nextAfter(local("2026-12-15T23:58"))).contains(local("2026-12-15T23:59"));
		assertThat(page("/fr/appels").text()).contains("Programme " + this.marker).doesNotContain("Brouillon");
	}

	@Test
	void editorSavesACallInMoroccoTimeAndRefusesBadInputByTheField() throws Exception {
		String title = "Appel " + this.marker;
		PublishingTests.Form form = PublishingTests.article(title, null)
			.with("kind", "CALL")
			.with("callType", "TENDER")
			.with("deadline", "2026-12-31T23:59")
			.with("callReference", "AO/2026-07");
		long id = PublishingTests.create(this.mvc, form, "save");
		this.ids.add(id);
		assertThat(this.jdbc.queryForMap("select kind, call_type, call_reference from article where id = ?", id))
			.containsEntry("kind", "CALL").containsEntry("call_type", "TENDER").containsEntry("call_reference", "AO/2026-07");
		assertThat(this.jdbc.queryForObject("select deadline from article where id = ?", OffsetDateTime.class, id)
			.toInstant()).isEqualTo(Instant.parse("2026-12-31T22:59:00Z"));
		Document editor = Jsoup.parse(this.mvc.perform(PublishingTests.asEditor(get("/admin/articles/" + id)))
			.andReturn().getResponse().getContentAsString());
		assertThat(editor.selectFirst("input[name=kind][value=CALL]").hasAttr("checked")).isTrue();
		assertThat(editor.selectFirst("select[name=callType] option[selected]").val()).isEqualTo("TENDER");
		assertThat(editor.selectFirst("input[name=deadline]").val()).isEqualTo("2026-12-31T23:59");
		assertThat(editor.selectFirst("input[name=callReference]").val()).isEqualTo("AO/2026-07");
		// Back to news: a call's fields go.
		PublishingTests.save(this.mvc, this.jdbc, id, PublishingTests.article(title, null).with("kind", "NEWS")
			.with("callType", "JOB").with("deadline", "2026-12-31T23:59").with("callReference", "X"), "save");
		assertThat(this.jdbc.queryForMap("select kind, call_type, deadline, call_reference from article where id = ?", id))
			.containsEntry("kind", "NEWS").containsEntry("call_type", null).containsEntry("deadline", null)
			.containsEntry("call_reference", null);

		String refused = "Refusé " + this.marker;
		Document french = refusedForm("", PublishingTests.article(refused, null).with("kind", "CALL")
			.with("callType", "")
			.with("callReference", "x".repeat(5000)));
		assertThat(french.selectFirst("[id=callType-error]").text()).isEqualTo("Choisissez le type d’appel.");
		assertThat(french.selectFirst("[id=deadline-error]").text())
			.isEqualTo("Indiquez la date et l’heure limites de l’appel.");
		assertThat(french.selectFirst("[id=callReference-error]").text()).isEqualTo("Au plus 100 caractères.");
		assertThat(french.selectFirst("input[name=deadline]").attr("aria-invalid")).isEqualTo("true");
		for (String bad : List.of("<b>AO</b>", "AO\u202E2026", "AO\n2026")) {
			Document markup = refusedForm("", PublishingTests.article(refused, null).with("kind", "CALL")
				.with("callType", "JOB")
				.with("deadline", "2026-12-31T23:59")
				.with("callReference", bad));
			assertThat(markup.selectFirst("[id=callReference-error]").text())
				.isEqualTo("La référence ne peut contenir que des lettres, des chiffres, des espaces et - / . _ # : ( ).");
			assertThat(markup.select("b")).isEmpty();
		}
		Document arabic = refusedForm("?lang=ar", PublishingTests.article(refused, null).with("kind", "CALL")
			.with("callType", "BOGUS")
			.with("deadline", "2026-13-45T99:99"));
		assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.selectFirst("[id=callType-error]").text()).isEqualTo("اختر نوع النداء من القائمة.");
		assertThat(arabic.selectFirst("[id=deadline-error]").text()).isEqualTo("أدخل تاريخًا ووقتًا، مثلًا 2026-12-31T23:59.");
		assertThat(this.jdbc.queryForObject("select count(*) from article_translation where title = ?", Integer.class,
				refused)).isZero();
	}

	// Helpers

	/** A French-only call, published on 1 November 2026; its id. */
	private long call(String status, String slug, String title, String type, Instant deadline, String reference) {
		return article(status, local("2026-11-01T10:00"), slug, title, "<p>Termes de référence.</p>",
				"kind, call_type, deadline, call_reference", "CALL", type, deadline, reference);
	}

}
