package ma.oim.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import ma.oim.site.testsupport.Html;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Visitors are mostly on phones with slow, metered connections: pages stay light. The
 * budgets are those of docs/performance.md.
 */
@SiteTest
class PageWeightTests {

	/** The longest article of the seed (four paragraphs, partners, related news). */
	static final String ARTICLE = "/fr/actualites/visite-d-etude-de-la-delegation-interministerielle-djiboutienne-au-maroc";

	static final List<String> PUBLIC_PAGES = List.of("/fr", "/en", "/fr/actualites", ARTICLE,
			"/fr/notre-travail/axes/protection-et-resilience", "/fr/partenaires", "/fr/recherche?q=formation",
			"/fr/qui-sommes-nous");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeImage() {
		this.jdbc.update("update article set featured_image_id = null where featured_image_id in "
				+ "(select id from media where uploaded_by = 'page-weight@oim.test')");
		this.jdbc.update("delete from media where uploaded_by = 'page-weight@oim.test'");
	}

	@Test
	void articlePageIsAtMost8KilobytesGzipped() throws Exception {
		for (String path : List.of(ARTICLE,
				"/en/news/study-visit-of-the-djiboutian-inter-ministerial-delegation-to-morocco")) {
			byte[] html = body(path);
			assertThat(gzip(html).length).as("%s: %d bytes, gzipped", path, html.length).isLessThanOrEqualTo(8 * 1024);
		}
	}

	@Test
	void stylesheetIsAtMost10KilobytesGzippedAndLoadsNoWebFont() throws Exception {
		Set<String> stylesheets = assets("link[rel=stylesheet]", "href");
		assertThat(stylesheets).hasSize(1);
		for (String stylesheet : stylesheets) {
			byte[] css = body(stylesheet);
			assertThat(gzip(css).length).as(stylesheet).isLessThanOrEqualTo(10 * 1024);
			// The system font stack: no font to download at all.
			assertThat(new String(css, StandardCharsets.UTF_8)).doesNotContain("@font-face", ".woff");
		}
	}

	@Test
	void publicPagesLoadAtMost5KilobytesOfJavaScript() throws Exception {
		Set<String> scripts = assets("script[src]", "src");
		long total = 0;
		for (String script : scripts) {
			total += body(script).length;
		}
		assertThat(scripts).isNotEmpty();
		assertThat(total).as("bytes of %s", scripts).isLessThanOrEqualTo(5 * 1024);
		for (String path : PUBLIC_PAGES) {
			assertThat(page(path).select("script[src]")).allSatisfy((script) -> assertThat(script.hasAttr("defer")).isTrue());
		}
	}

	/**
	 * A card's image: sized (no layout shift), loaded only when scrolled to, in the width the
	 * screen needs: its 3:2 crop around the focal point, WebP first.
	 */
	@Test
	void cardImagesAreLazyWithTheirSizeAndSrcset() throws Exception {
		long media = this.jdbc.queryForObject("""
				insert into media (width, height, content_type, variant_widths, alt, uploaded_by, created_at)
				values (1600, 900, 'image/jpeg', '{480,960,1600}', '{"fr": "Atelier", "en": "Workshop"}', 'page-weight@oim.test', now())
				returning id""", Long.class);
		this.jdbc.update("update article set featured_image_id = ? where id = 11", media);
		for (String path : List.of("/fr", "/fr/actualites", "/fr/notre-travail/axes/migration-gouvernance-et-developpement")) {
			Element image = page(path).selectFirst("article.card img");
			assertThat(image).as(path).isNotNull();
			assertThat(image.attr("loading")).isEqualTo("lazy");
			assertThat(image.attr("width")).isEqualTo("960");
			assertThat(image.attr("height")).isEqualTo("640");
			assertThat(image.attr("srcset")).isEqualTo(
					"/media/%1$d/3x2-50-50/480.jpg 480w, /media/%1$d/3x2-50-50/960.jpg 960w".formatted(media));
			assertThat(image.attr("sizes")).isNotEmpty();
			Element webp = page(path).selectFirst("article.card picture source[type=image/webp]");
			assertThat(webp.attr("srcset")).isEqualTo(
					"/media/%1$d/3x2-50-50/480.webp 480w, /media/%1$d/3x2-50-50/960.webp 960w".formatted(media));
			assertThat(webp.attr("sizes")).isEqualTo(image.attr("sizes"));
		}
		// The article's own image is what the reader came for: not lazy, but sized and with its srcset.
		Element featured = page(ARTICLE).selectFirst("figure.featured img");
		assertThat(featured.attr("width")).isEqualTo("1600");
		assertThat(featured.attr("srcset")).contains("480w", "960w", "1600w");
		for (String path : PUBLIC_PAGES) {
			assertThat(page(path).select("img")).as(path)
				.allSatisfy((image) -> assertThat(image.hasAttr("width") && image.hasAttr("height")).isTrue());
		}
	}

	private Set<String> assets(String selector, String attribute) throws Exception {
		Set<String> assets = new LinkedHashSet<>();
		for (String path : PUBLIC_PAGES) {
			page(path).select(selector).forEach((element) -> assets.add(element.attr(attribute)));
		}
		return assets;
	}

	private Document page(String path) throws Exception {
		return Html.page(this.mvc, path);
	}

	private byte[] body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
	}

	/** As the page cache compresses pages: java.util.zip's default level. */
	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		return out.toByteArray();
	}

}
