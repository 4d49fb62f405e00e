package ma.oim.site.news;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.testsupport.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of the kinds of article (events, calls, press releases, stories) share:
 * the movable clock at {@link #NOW}, a marker that tells this test's rows from any other's,
 * rows written in French and deleted after each test, and the pages read as documents.
 */
abstract class KindsTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** 1 December 2026, 11:00 in Morocco: the tests' "now". */
	static final Instant NOW = local("2026-12-01T11:00");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	/** The articles written, deleted after the test. */
	final List<Long> ids = new ArrayList<>();

	/** The images written, deleted after the articles. */
	final List<Long> media = new ArrayList<>();

	String marker;

	@BeforeEach
	void setClock() {
		this.clock.setInstant(NOW);
		this.marker = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
	}

	@AfterEach
	void deleteRowsAndResetClock() {
		this.clock.reset();
		this.ids.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
		this.media.forEach((id) -> this.jdbc.update("delete from media where id = ?", id));
	}

	/**
	 * A French-only article published at {@code published}, with its kind's {@code columns}
	 * (the kind first) set to {@code values}, and a text whose summary is "Résumé de" its
	 * title; its id.
	 */
	long article(String status, Instant published, String slug, String title, String bodyHtml, String columns,
			Object... values) {
		Object[] parameters = new Object[values.length + 2];
		parameters[0] = status;
		parameters[1] = published.atOffset(ZoneOffset.UTC);
		for (int i = 0; i < values.length; i++) {
			parameters[i + 2] = (values[i] instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : values[i];
		}
		String placeholders = String.join(", ", Arrays.stream(values).map((value) -> "?").toList());
		long id = this.jdbc.queryForObject("insert into article (status, published_at, " + columns + ") values (?, ?, "
				+ placeholders + ") returning id", Long.class, parameters);
		this.ids.add(id);
		this.jdbc.update("""
				insert into article_translation (article_id, language, slug, title, summary, body_html)
				values (?, 'fr', ?, ?, ?, ?)""", id, slug, title, "Résumé de " + title, bodyHtml);
		return id;
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	/** The titles of this marker's cards on a list, or under one of its headings. */
	List<String> titles(Element list) {
		return marked(list.select(".card-title").eachText());
	}

	/** The texts of this test's rows (those with its marker), in their order. */
	List<String> marked(List<String> texts) {
		return texts.stream().filter((text) -> text.contains(this.marker)).toList();
	}

	/** The card of a list whose title is {@code title}. */
	Element card(Document list, String title) {
		return list.select(".card").stream()
			.filter((found) -> found.selectFirst(".card-title").text().equals(title))
			.findFirst()
			.orElseThrow();
	}

	/** The titles of the French news feed's entries. */
	List<String> feedTitles() throws Exception {
		Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(
				this.mvc.perform(get("/fr/actualites/flux.atom")).andReturn().getResponse().getContentAsString())));
		return feed.getEntries().stream().map(Entry::getTitle).toList();
	}

	/** The article editor's form, sent as a new article to save and refused by the field. */
	Document refusedForm(String query, PublishingTests.Form form) throws Exception {
		MvcResult result = this.mvc
			.perform(PublishingTests.asEditor(multipart("/admin/articles/new" + query))
				.params(form.with("action", "save").params))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/** A time in Morocco ({@code 2026-12-01T11:00}). */
	static Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(SiteZone.ZONE).toInstant();
	}

}
