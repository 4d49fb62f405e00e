package ma.oim.site.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Responsive images: an article's images come in several widths and in WebP, with their
 * size (nothing moves when they arrive) and lazily below the lead image; a rendition is
 * made once, stored, and kept by browsers for a year; crops keep the editor's focal point.
 */
@SiteTest
class RenditionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaService media;

	@Autowired
	Renditions renditions;

	final List<Long> articles = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.articles.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void anArticlesImagesHaveTheirWidthsFormatsSizeAndLoading() throws Exception {
		long first = upload(TestImages.jpeg(1200, 800));
		long second = upload(TestImages.jpeg(700, 1000));
		String slug = publish(TestImages.jpeg(2000, 1000), "Un texte.\n\n![Une carte](/media/" + first
				+ "/960.jpg)\n\nEncore.\n\n![Un portrait](/media/" + second + "/700.jpg)");
		Document page = Jsoup.parse(this.mvc.perform(get("/fr/actualites/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		Element lead = page.selectFirst(".featured picture img");
		assertThat(lead.attr("width")).isEqualTo("1600");
		assertThat(lead.attr("height")).isEqualTo("800");
		assertThat(lead.attr("srcset")).matches("/media/\\d+/480\\.jpg 480w, /media/\\d+/960\\.jpg 960w, /media/\\d+/1600\\.jpg 1600w");
		assertThat(lead.attr("sizes")).isEqualTo("(max-width: 48rem) 100vw, 46rem");
		assertThat(lead.hasAttr("loading")).as("the lead image loads at once").isFalse();
		assertThat(lead.attr("fetchpriority")).isEqualTo("high");
		Element leadWebp = page.selectFirst(".featured picture source:not([media])");
		assertThat(leadWebp.attr("type")).isEqualTo("image/webp");
		assertThat(leadWebp.attr("srcset")).matches("/media/\\d+/w/480\\.webp 480w, /media/\\d+/w/960\\.webp 960w, /media/\\d+/w/1600\\.webp 1600w");

		Element leadDense = page.selectFirst(".featured picture source[media]");
		assertThat(page.select(".featured picture source").first()).as("the dense phones' source comes first")
			.isEqualTo(leadDense);
		assertThat(leadDense.attr("media")).isEqualTo("(max-width: 48rem) and (min-resolution: 1.5dppx)");
		assertThat(leadDense.attr("type")).isEqualTo("image/webp");
		assertThat(leadDense.attr("srcset")).matches("/media/\\d+/d/960\\.webp 960w");

		Elements inText = page.select(".prose picture");
		assertThat(inText).hasSize(2);
		assertThat(inText.get(0).selectFirst("source[media]").attr("srcset"))
			.isEqualTo("/media/" + first + "/d/960.webp 960w");
		assertThat(inText.get(1).selectFirst("source[media]")).as("a 700-pixel image has no 960 copy").isNull();
		Element map = inText.get(0).selectFirst("img");
		assertThat(map.attr("alt")).isEqualTo("Une carte");
		assertThat(map.attr("src")).as("the widest, for browsers without srcset").isEqualTo("/media/" + first + "/1200.jpg");
		assertThat(map.attr("srcset")).isEqualTo("/media/" + first + "/480.jpg 480w, /media/" + first
				+ "/960.jpg 960w, /media/" + first + "/1200.jpg 1200w");
		assertThat(map.attr("width") + "x" + map.attr("height")).isEqualTo("1200x800");
		assertThat(map.attr("loading")).isEqualTo("lazy");
		assertThat(inText.get(0).selectFirst("source:not([media])").attr("srcset")).isEqualTo("/media/" + first
				+ "/w/480.webp 480w, /media/" + first + "/w/960.webp 960w, /media/" + first + "/w/1200.webp 1200w");
		Element portrait = inText.get(1).selectFirst("img");
		assertThat(portrait.attr("width") + "x" + portrait.attr("height")).isEqualTo("700x1000");
		assertThat(portrait.attr("loading")).isEqualTo("lazy");
	}

	/** Without a featured image, the text's first image is the lead: it loads at once, the next lazily. */
	@Test
	void withoutAFeaturedImageTheTextsFirstImageLeads() throws Exception {
		long first = upload(TestImages.jpeg(1000, 600));
		long second = upload(TestImages.jpeg(1000, 600));
		String slug = publish(null, "![Une](/media/" + first + "/960.jpg)\n\n![Deux](/media/" + second + "/960.jpg)");
		Elements images = Jsoup.parse(this.mvc.perform(get("/fr/actualites/" + slug))
			.andReturn()
			.getResponse()
			.getContentAsString()).select(".prose picture img");
		assertThat(images).hasSize(2);
		assertThat(images.get(0).hasAttr("loading")).isFalse();
		assertThat(images.get(1).attr("loading")).isEqualTo("lazy");
	}

	@Test
	void aRenditionIsMadeOnceStoredAndKeptForAYear() throws Exception {
		String slug = publish(TestImages.jpeg(1200, 800), "Un texte.");
		long image = featuredImageOf(slug);
		String webp = "/media/" + image + "/w/480.webp";
		long before = this.renditions.madeSinceStart();

		MvcResult first = this.mvc.perform(get(webp))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/webp"))
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
			.andReturn();
		byte[] bytes = first.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 4, "US-ASCII") + new String(bytes, 8, 4, "US-ASCII")).isEqualTo("RIFFWEBP");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(decoded.getWidth()).isEqualTo(480);
		assertThat(this.renditions.madeSinceStart()).isEqualTo(before + 1);

		MvcResult second = this.mvc.perform(get(webp)).andExpect(status().isOk()).andReturn();
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(bytes);
		assertThat(this.renditions.madeSinceStart()).as("the second request reads the stored rendition")
			.isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from media_rendition where media_id = ?", Long.class,
				image))
			.isEqualTo(1);
	}

	/** Visitors asking for a new rendition at the same moment: one makes it, the others wait and read it. */
	@Test
	void aRenditionAskedForByManyAtOnceIsMadeOnce() throws Exception {
		String slug = publish(TestImages.photo(1600, 1067, 7), "Un texte.");
		String webp = "/media/" + featuredImageOf(slug) + "/w/960.webp";
		long before = this.renditions.madeSinceStart();
		java.util.concurrent.ExecutorService visitors = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<byte[]>> answers = new ArrayList<>();
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			for (int i = 0; i < 4; i++) {
				answers.add(visitors.submit(() -> {
					start.await();
					return this.mvc.perform(get(webp))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsByteArray();
				}));
			}
			start.countDown();
			byte[] first = answers.get(0).get();
			for (java.util.concurrent.Future<byte[]> answer : answers) {
				assertThat(answer.get()).isEqualTo(first);
			}
		}
		finally {
			visitors.shutdown();
		}
		assertThat(this.renditions.madeSinceStart()).isEqualTo(before + 1);
	}

	/** A drawing or logo (PNG, transparent) keeps its transparency in WebP, written losslessly, and its crops stay PNG. */
	@Test
	void aTransparentPngKeepsItsTransparency() throws Exception {
		BufferedImage logo = new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB);
		java.awt.Graphics2D pen = logo.createGraphics();
		pen.setColor(Color.BLUE);
		pen.fillOval(150, 50, 300, 200);
		pen.dispose();
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		ImageIO.write(logo, "png", png);
		long image = upload(png.toByteArray());
		byte[] webp = this.mvc.perform(get("/media/" + image + "/w/480.webp").with(editor()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/webp"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(webp, 12, 4, "US-ASCII")).as("lossless WebP").isEqualTo("VP8L");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(webp));
		assertThat(decoded.getColorModel().hasAlpha()).isTrue();
		assertThat(decoded.getRGB(2, 2) >>> 24).as("a transparent corner").isZero();
		this.mvc.perform(get("/media/" + image + "/3x2-50-50/450.png").with(editor()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		this.mvc.perform(get("/media/" + image + "/3x2-50-50/450.jpg").with(editor()))
			.andExpect(status().isNotFound());
		// A drawing has no dense copy: lossless, a lower quality would save nothing.
		this.mvc.perform(get("/media/" + image + "/d/480.webp").with(editor())).andExpect(status().isNotFound());
	}

	/**
	 * A phone of two or three device pixels per CSS pixel takes the dense copy: the 960
	 * pixels it needs, at about two thirds of the bytes of the 960 copy that desktops take.
	 */
	@Test
	void aPhotosDenseCopyIsLighterThanItsDesktopCopyOfTheSameWidth() throws Exception {
		String slug = publish(TestImages.photo(1600, 1067, 11), "Un texte.");
		long image = featuredImageOf(slug);
		byte[] dense = this.mvc.perform(get("/media/" + image + "/d/960.webp"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/webp"))
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] desktop = this.mvc.perform(get("/media/" + image + "/w/960.webp"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(dense));
		assertThat(decoded.getWidth()).isEqualTo(960);
		assertThat(dense.length).as("dense %d bytes, desktop %d", dense.length, desktop.length)
			.isLessThan(desktop.length * 7 / 10);
		for (String path : List.of("/d/480.webp", "/d/1600.webp", "/d/960.jpg")) {
			this.mvc.perform(get("/media/" + image + path)).andExpect(status().isNotFound());
		}
	}

	/** Only renditions a page can name are made: a made-up width, shape or focal point costs a 404. */
	@Test
	void aMadeUpRenditionIsNotMade() throws Exception {
		String slug = publish(TestImages.jpeg(1200, 800), "Un texte.");
		long image = featuredImageOf(slug);
		long before = this.renditions.madeSinceStart();
		for (String path : List.of("/w/500.webp", "/w/480.jpg", "/3x2-10-10/480.jpg", "/16x9-50-50/480.jpg",
				"/3x2-50-50/1200.jpg", "/3x2-50-50/480.png", "/w/480.gif", "/x/480.webp")) {
			this.mvc.perform(get("/media/" + image + path)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/media/" + image + "/3x2-50-50/480.jpg")).andExpect(status().isOk());
		assertThat(this.renditions.madeSinceStart()).isEqualTo(before + 1);
	}

	/** An image no public content uses: visitors get no rendition of it, and none is made for them. */
	@Test
	void anUnusedImagesRenditionsAreForEditorsOnly() throws Exception {
		long image = upload(TestImages.jpeg(800, 600));
		long before = this.renditions.madeSinceStart();
		this.mvc.perform(get("/media/" + image + "/w/480.webp")).andExpect(status().isNotFound());
		assertThat(this.renditions.madeSinceStart()).isEqualTo(before);
		this.mvc.perform(get("/media/" + image + "/w/480.webp").with(editor()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store, private"));
	}

	/** A wide picture, red on the left and blue on the right, cut to a card's 3:2 around its focal point. */
	@Test
	void theFocalPointChoosesWhatACropKeeps() throws Exception {
		long image = upload(TestImages.halves(1600, 400, Color.RED, Color.BLUE));
		focalPoint(image, "10", "50").andExpect(status().isFound());
		assertThat(dominantColourOfCrop(image, 10)).as("kept around the left").isEqualTo(Color.RED);
		focalPoint(image, "90", "50").andExpect(status().isFound());
		assertThat(dominantColourOfCrop(image, 90)).as("kept around the right").isEqualTo(Color.BLUE);
		assertThat(this.jdbc.queryForList("select name from media_rendition where media_id = ?", String.class, image))
			.as("the crops around the old point are gone")
			.containsExactly("3x2-90-50/480.jpg");
		this.mvc.perform(get("/media/" + image + "/3x2-10-50/480.jpg").with(editor()))
			.andExpect(status().isNotFound());
	}

	/** The focal point screen: two numbers, the image and its card crop; a wrong number is said by its field. */
	@Test
	void theFocalPointIsSetInTheBackOfficeAndAWrongValueIsSaidByItsField() throws Exception {
		long image = upload(TestImages.jpeg(1200, 800));
		Document form = Jsoup.parse(this.mvc.perform(get("/admin/media/" + image + "/focal-point").with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.selectFirst("input#x").attr("value")).isEqualTo("50");
		assertThat(form.selectFirst("input#y").attr("value")).isEqualTo("50");
		assertThat(form.selectFirst(".focal-preview img").attr("src")).isEqualTo("/media/" + image + "/3x2-50-50/960.jpg");

		Document refused = Jsoup.parse(focalPoint(image, "150", "abc").andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.selectFirst("#x-error").text()).isEqualTo("La valeur doit être au plus 100.");
		assertThat(refused.selectFirst("#y-error").text()).isEqualTo("Cette valeur n’est pas valide.");
		assertThat(refused.selectFirst("input#x").attr("value")).as("what was typed stays").isEqualTo("150");
		assertThat(this.jdbc.queryForObject("select focal_x from media where id = ?", Integer.class, image)).isEqualTo(50);

		focalPoint(image, "30", "70").andExpect(status().isFound());
		assertThat(this.jdbc.queryForList("select focal_x || ' ' || focal_y from media where id = ?", String.class, image))
			.containsExactly("30 70");
		this.mvc.perform(get("/admin/media/" + image + "/focal-point"))
			.andExpect(status().isFound());
	}

	private org.springframework.test.web.servlet.ResultActions focalPoint(long image, String x, String y)
			throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/admin/media/" + image + "/focal-point")
			.param("x", x)
			.param("y", y)
			.with(csrf())
			.with(editor()));
	}

	/** The crop's dominant colour: red or blue, whichever most of its pixels are. */
	private Color dominantColourOfCrop(long image, int focalX) throws Exception {
		byte[] bytes = this.mvc.perform(get("/media/" + image + "/3x2-" + focalX + "-50/480.jpg").with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage crop = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(crop.getWidth() + "x" + crop.getHeight()).isEqualTo("480x320");
		int red = 0;
		int blue = 0;
		for (int y = 0; y < crop.getHeight(); y += 4) {
			for (int x = 0; x < crop.getWidth(); x += 4) {
				Color pixel = new Color(crop.getRGB(x, y));
				if (pixel.getRed() > 200 && pixel.getBlue() < 60) {
					red++;
				}
				else if (pixel.getBlue() > 200 && pixel.getRed() < 60) {
					blue++;
				}
			}
		}
		int all = (crop.getWidth() / 4) * (crop.getHeight() / 4);
		if (red > all * 0.95) {
			return Color.RED;
		}
		return (blue > all * 0.95) ? Color.BLUE : Color.GRAY;
	}

	private long upload(byte[] bytes) throws ImageRejectedException {
		MediaForm details = new MediaForm();
		details.getAlt().put("fr", "Une image");
		return this.media.upload(bytes, details, "editor@oim.test").getId();
	}

	/** Publishes an article (with this featured image, when not null) and answers its French slug. */
	private String publish(byte[] featured, String body) throws Exception {
		String title = "Images " + System.nanoTime();
		var request = multipart("/admin/articles/new");
		if (featured != null) {
			request.file(new MockMultipartFile("imageFile", "photo.jpg", "image/jpeg", featured));
			request.param("image.alt[fr]", "Une photo");
		}
		MvcResult saved = this.mvc
			.perform(request.param("texts[fr].title", title)
				.param("texts[fr].summary", "Un résumé.")
				.param("texts[fr].body", body)
				.param("action", "publish")
				.with(csrf())
				.with(editor()))
			.andExpect(status().isFound())
			.andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		this.articles.add(id);
		return this.jdbc.queryForObject(
				"select slug from article_translation where article_id = ? and language = 'fr'", String.class, id);
	}

	private long featuredImageOf(String slug) {
		return this.jdbc.queryForObject("select a.featured_image_id from article a join article_translation t "
				+ "on t.article_id = a.id where t.slug = ? and t.language = 'fr'", Long.class, slug);
	}

	private static RequestPostProcessor editor() {
		return user("editor@oim.test").roles("EDITOR");
	}

}
