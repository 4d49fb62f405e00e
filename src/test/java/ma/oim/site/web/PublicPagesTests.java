package ma.oim.site.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every public page, in both languages: it answers, declares its language, names its
 * translation with hreflang pairs that point at each other, and its language switcher
 * leads to that translation.
 */
@SiteTest
class PublicPagesTests {

	static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> translatedPages() {
		return Stream.of(Arguments.of("/fr", "/en"), Arguments.of("/fr/qui-sommes-nous", "/en/who-we-are"),
				Arguments.of("/fr/qui-sommes-nous/a-propos", "/en/who-we-are/about"),
				Arguments.of("/fr/notre-travail", "/en/our-work"),
				Arguments.of("/fr/notre-travail/ce-que-nous-faisons", "/en/our-work/what-we-do"),
				Arguments.of("/fr/notre-travail/priorites-transversales", "/en/our-work/cross-cutting-priorities"),
				Arguments.of("/fr/notre-travail/priorites-transversales/donnees-et-ressources",
						"/en/our-work/cross-cutting-priorities/data-and-resources"),
				Arguments.of("/fr/notre-travail/priorites-transversales/agir",
						"/en/our-work/cross-cutting-priorities/take-action"),
				Arguments.of("/fr/notre-travail/priorites-transversales/2030-agenda",
						"/en/our-work/cross-cutting-priorities/2030-agenda"),
				Arguments.of("/fr/notre-travail/axes/protection-et-resilience",
						"/en/our-work/areas/protection-and-resilience"),
				Arguments.of("/fr/notre-travail/axes/migration-gouvernance-et-developpement",
						"/en/our-work/areas/migration-governance-and-development"),
				Arguments.of("/fr/notre-travail/axes/appui-a-la-jeunesse", "/en/our-work/areas/youth-support"),
				Arguments.of("/fr/actualites", "/en/news"), Arguments.of("/fr/partenaires", "/en/partners"));
	}

	@ParameterizedTest
	@MethodSource("translatedPages")
	void pageAndItsTranslationPointAtEachOther(String french, String english) throws Exception {
		assertTranslationPair(french, english);
	}

	@Test
	void everyArticleAndItsTranslationPointAtEachOther() throws Exception {
		List<Map<String, Object>> articles = this.jdbc.queryForList("""
				select fr.slug as fr, en.slug as en from article_translation fr
				join article_translation en on en.article_id = fr.article_id and en.language = 'en'
				where fr.language = 'fr'""");
		assertThat(articles).hasSize(11);
		for (Map<String, Object> article : articles) {
			assertTranslationPair("/fr/actualites/" + article.get("fr"), "/en/news/" + article.get("en"));
		}
	}

	@Test
	void rootSendsVisitorsToTheLanguageTheirBrowserPrefers() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/fr"));
		this.mvc
			.perform(get("/")
				.header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5"))
			.andExpect(redirectedUrl("/en"))
			.andExpect(header()
				.string("Vary", "Accept-Language"));
		this.mvc
			.perform(get("/")
				.header("Accept-Language", "de-DE,de;q=0.9"))
			.andExpect(redirectedUrl("/fr"));
	}

	private void assertTranslationPair(String french, String english) throws Exception {
		Document fr = Html.page(this.mvc, french);
		Document en = Html.page(this.mvc, english);
		assertPageDeclares(fr, "fr", french, english);
		assertPageDeclares(en, "en", english, french);
	}

	private static void assertPageDeclares(Document page, String language, String self, String translation) {
		String other = language.equals("fr") ? "en" : "fr";
		String french = language.equals("fr") ? self : translation;
		assertThat(page.selectFirst("html").attr("lang")).as(self).isEqualTo(language);
		assertThat(page.selectFirst("html").attr("dir")).as(self).isEqualTo("ltr");
		assertThat(page.select("h1")).as(self + " has one h1").hasSize(1);
		assertThat(page.title()).as(self).isNotBlank();
		assertThat(page.selectFirst("meta[name=description]").attr("content")).as(self).isNotBlank();
		assertThat(href(page, "link[rel=canonical]")).as(self).isEqualTo(BASE + self);
		assertThat(href(page, "link[rel=alternate][hreflang=" + language + "]")).as(self).isEqualTo(BASE + self);
		assertThat(href(page, "link[rel=alternate][hreflang=" + other + "]")).as(self).isEqualTo(BASE + translation);
		assertThat(href(page, "link[rel=alternate][hreflang=x-default]")).as(self).isEqualTo(BASE + french);
		assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(BASE + self);
		assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).startsWith(language + "_");
		assertThat(page.select("meta[property=og:locale:alternate]").eachAttr("content"))
			.anySatisfy((locale) -> assertThat(locale).startsWith(other + "_"));
		Element switcher = page.selectFirst(".language-switcher a[hreflang=" + other + "]");
		assertThat(switcher.attr("href")).as(self + " switcher").isEqualTo(translation);
		assertThat(switcher.attr("hreflang")).isEqualTo(other);
		assertThat(switcher.attr("lang")).isEqualTo(other);
	}

	private static String href(Document page, String selector) {
		Element link = page.selectFirst(selector);
		assertThat(link).as(selector).isNotNull();
		return link.attr("href");
	}

}
