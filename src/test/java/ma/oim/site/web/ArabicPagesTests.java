package ma.oim.site.web;

import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Arabic site under {@code /ar/…}: every public page type answers, declares
 * {@code lang="ar" dir="rtl"}, names its versions in all three languages (hreflang and
 * x-default, Open Graph locales), links with percent-encoded Arabic slugs, and marks the
 * French items it lists in French.
 */
@SiteTest
class ArabicPagesTests {

	static final String BASE = "http://localhost:8080";

	static final String ARTICLE = "/ar/الأخبار/cop22-التنقل-البشري-في-صلب-اهتمامات-المغرب";

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of("/ar", "/fr"), Arguments.of("/ar/من-نحن", "/fr/qui-sommes-nous"),
				Arguments.of("/ar/عملنا/ما-نقوم-به", "/fr/notre-travail/ce-que-nous-faisons"),
				Arguments.of("/ar/عملنا/المحاور/الحماية-والقدرة-على-الصمود",
						"/fr/notre-travail/axes/protection-et-resilience"),
				Arguments.of("/ar/الأخبار", "/fr/actualites"), Arguments.of("/ar/الأخبار?page=2", null),
				Arguments.of(ARTICLE, "/fr/actualites/cop22-la-mobilite-humaine-au-coeur-des-preoccupations-du-maroc"),
				Arguments.of("/ar/الشركاء", "/fr/partenaires"), Arguments.of("/ar/بحث?q=الهجرة", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyPublicPageTypeIsArabicRightToLeftWithItsThreeVersions(String path, String french) throws Exception {
		Document page = Html.page(this.mvc, path);
		Element html = page.selectFirst("html");
		assertThat(html.attr("lang")).as(path).isEqualTo("ar");
		assertThat(html.attr("dir")).as(path).isEqualTo("rtl");
		assertThat(page.select("h1")).as(path).hasSize(1);
		assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("ar_MA");
		if (french == null) {
			return;
		}
		String self = SitePaths.encode(path);
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as(path).isEqualTo(BASE + self);
		assertThat(page.selectFirst("link[hreflang=ar]").attr("href")).isEqualTo(BASE + self);
		assertThat(page.selectFirst("link[hreflang=fr]").attr("href")).isEqualTo(BASE + french);
		assertThat(page.selectFirst("link[hreflang=en]").attr("href")).startsWith(BASE + "/en");
		assertThat(page.selectFirst("link[hreflang=x-default]").attr("href")).isEqualTo(BASE + french);
		assertThat(page.select("meta[property=og:locale:alternate]").eachAttr("content"))
			.containsExactly("fr_FR", "en_GB");
		// The French page names the Arabic one, back.
		Document frenchPage = Html.page(this.mvc, french);
		assertThat(frenchPage.selectFirst("link[hreflang=ar]").attr("href")).isEqualTo(BASE + self);
		Element switcher = frenchPage.selectFirst(".language-switcher a[hreflang=ar]");
		assertThat(switcher.attr("href")).isEqualTo(self);
		assertThat(switcher.attr("lang")).isEqualTo("ar");
		assertThat(switcher.attr("dir")).isEqualTo("rtl");
		assertThat(switcher.text()).isEqualTo("العربية");
	}

	@Test
	void theSwitcherNamesEachLanguageInItsOwnScript() throws Exception {
		Document page = Html.page(this.mvc, "/ar");
		assertThat(page.select(".language-switcher a").eachText()).containsExactly("Français", "English");
		assertThat(page.select(".language-switcher a").eachAttr("lang")).containsExactly("fr", "en");
		assertThat(page.select(".language-switcher a").eachAttr("dir")).containsExactly("ltr", "ltr");
	}

	@Test
	void linksCarryArabicSlugsPercentEncodedAndTheyAnswer() throws Exception {
		Document list = Html.page(this.mvc, "/ar/الأخبار");
		List<String> links = list.select("main a[href^=/ar/]").eachAttr("href");
		assertThat(links).isNotEmpty().allSatisfy((href) -> assertThat(href).matches("[\\x21-\\x7e]+"));
		assertThat(links).contains(SitePaths.encode(ARTICLE));
	}

	@Test
	void datesAreWrittenWithMoroccanMonthsAndWesternDigits() throws Exception {
		Document article = Html.page(this.mvc, ARTICLE);
		String date = article.selectFirst("main time").text();
		assertThat(date).matches("[0-9]{1,2} (يناير|فبراير|مارس|أبريل|ماي|يونيو|يوليوز|غشت|شتنبر|أكتوبر|نونبر|دجنبر) [0-9]{4}");
	}

	@Test
	void theArabicFeedSitemapAndStructuredDataAreInArabic() throws Exception {
		String feed = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/ar/الأخبار/feed.atom")).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("xml:lang=\"ar\"").contains(SitePaths.encode(ARTICLE));
		String sitemap = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/sitemap-site.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap).contains("hreflang=\"ar\"").contains(BASE + SitePaths.encode("/ar/الأخبار"));
		Document article = Html.page(this.mvc, ARTICLE);
		assertThat(article.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"ar\"");
	}

}
