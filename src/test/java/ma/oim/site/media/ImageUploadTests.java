package ma.oim.site.media;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.testsupport.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Images sent with the article editor: refused with a clear message, or stored clean. */
@SiteTest
class ImageUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final List<String> titles = new ArrayList<>();

	@AfterEach
	void deleteArticles() {
		this.titles.forEach((title) -> this.jdbc.update(
				"delete from article where id in (select article_id from article_translation where title = ?)", title));
	}

	@Test
	void nonImageRenamedJpgIsRefusedNextToTheFieldAndTheTextIsKept() throws Exception {
		Document page = refused(TestImages.textRenamedJpg(), "photo.jpg");
		assertThat(page.selectFirst("#featuredImageId-error").text())
			.isEqualTo("Ce fichier n’est pas une image JPEG, PNG ou WebP.");
		assertThat(page.selectFirst("input[name='texts[fr].title']").val()).isEqualTo("Avec image refusée");
		assertThat(page.selectFirst("textarea[name='texts[fr].body']").text()).isEqualTo("Un texte qui ne doit pas se perdre.");
	}

	@Test
	void fileOverTenMegabytesIsRefusedWithAClearMessage() throws Exception {
		byte[] big = new byte[11 * 1024 * 1024];
		System.arraycopy(TestImages.jpeg(100, 100), 0, big, 0, 100);
		assertThat(refused(big, "big.jpg").selectFirst("#featuredImageId-error").text()).isEqualTo("Le fichier dépasse 10 Mo.");
	}

	@Test
	void imageDeclaringHugeDimensionsIsRefused() throws Exception {
		assertThat(refused(TestImages.pngDeclaring(100_000, 100_000), "bomb.png").selectFirst("#featuredImageId-error").text())
			.startsWith("L’image est trop grande");
	}

	/** 381 KB on the wire, 392 MB of pixels once decoded: refused from its header, never a 500. */
	@Test
	void sixteenBitImageThatWouldExhaustMemoryIsRefusedFromItsHeader() throws Exception {
		byte[] bomb = TestImages.png16BitRgba(7000, 7000);
		assertThat((long) bomb.length).isLessThan(ImageProcessor.MAX_BYTES);
		Document page = refused(bomb, "bomb.png");
		assertThat(page.selectFirst("#featuredImageId-error").text()).startsWith("L’image demande trop de mémoire");
		assertThat(page.selectFirst("input[name='texts[fr].title']").val()).isEqualTo("Avec image refusée");
	}

	@Test
	void imageOfThirtyThousandPixelsASideIsRefused() throws Exception {
		assertThat(refused(TestImages.pngDeclaring(30_000, 30_000), "huge.png").selectFirst("#featuredImageId-error")
			.text()).startsWith("L’image est trop grande");
	}

	@Test
	void imageWithoutAltTextIsRefusedUnlessDecorative() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(editor(TestImages.jpeg(800, 600), "photo.jpg", "Avec image refusée", "",
				"save"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		// The message stands by the field of the language of record, whose label names it.
		assertThat(page.selectFirst("#image\\.alt\\[fr\\]-error").text())
			.isEqualTo("Décrivez l’image, ou cochez « image décorative ».");
		assertThat(page.selectFirst("label[for='image.alt[fr]']").text()).endsWith("— Français");
	}

	@Test
	void gpsTaggedPhotoIsStoredAndServedWithoutAnyExifAndWithSrcset() throws Exception {
		String title = "Photo GPS " + System.nanoTime();
		this.titles.add(title);
		MvcResult saved = this.mvc
			.perform(editor(TestImages.jpegWithGpsExif(2400, 1600), "IMG_0001.jpg", title, "Des participants en atelier",
					"publish"))
			.andExpect(status().isFound())
			.andReturn();
		Document admin = Jsoup.parse(this.mvc
			.perform(get(saved.getResponse().getRedirectedUrl()).with(user("editor@oim.test").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String slug = admin.selectFirst("input[name='texts[fr].slug']").val();
		Document article = Jsoup.parse(this.mvc.perform(get("/fr/actualites/" + slug)).andReturn().getResponse()
			.getContentAsString());
		var img = article.selectFirst("figure.featured img");
		assertThat(img.attr("alt")).isEqualTo("Des participants en atelier");
		assertThat(img.attr("width")).isEqualTo("1600");
		assertThat(img.attr("height")).isEqualTo("1067");
		assertThat(img.attr("srcset")).contains(" 480w", " 960w", " 1600w");
		assertThat(article.selectFirst("figure.featured figcaption").text()).contains("Rabat, atelier", "Photo : OIM");

		for (String source : img.attr("srcset").split(",\\s*")) {
			MvcResult file = this.mvc.perform(get(source.split(" ")[0])).andExpect(status().isOk()).andReturn();
			assertThat(file.getResponse().getContentType()).isEqualTo("image/jpeg");
			assertThat(file.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
			Metadata metadata = ImageMetadataReader.readMetadata(
					new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
			assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
			assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
		}
	}

	private Document refused(byte[] bytes, String name) throws Exception {
		return Jsoup.parse(this.mvc.perform(editor(bytes, name, "Avec image refusée", "Des participants en atelier", "save"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString());
	}

	private MockMultipartHttpServletRequestBuilder editor(byte[] bytes, String name, String title, String alt,
			String action) {
		return multipart("/admin/articles/new")
			.file(new MockMultipartFile("imageFile", name, "image/jpeg", bytes))
			.param("texts[fr].title", title)
			.param("texts[fr].body", "Un texte qui ne doit pas se perdre.")
			.param("image.alt[fr]", alt)
			.param("image.caption[fr]", "Rabat, atelier")
			.param("image.credit", "OIM")
			.param("action", action)
			.with(csrf())
			.with(user("editor@oim.test").roles("EDITOR"));
	}

}
