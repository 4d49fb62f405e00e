package ma.oim.site.testsupport;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.ImageRejectedException;
import ma.oim.site.media.MediaForm;
import ma.oim.site.media.MediaService;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article with three photos, published as an editor does (the back office's form, the
 * text's images uploaded first): a featured photo, then two in the text below some
 * paragraphs, as a news story is laid out.
 */
public final class ImageArticles {

	/** The article's id and its addresses (the Arabic one percent-encoded, as a browser sends it). */
	public record Published(long id, String frenchPath, String englishPath, String arabicPath) {

		public String path(String language) {
			return switch (language) {
				case "fr" -> this.frenchPath;
				case "en" -> this.englishPath;
				default -> this.arabicPath;
			};
		}

	}

	/** A video's address alone on its line, as an editor pastes it. */
	public static final String VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

	static final String PARAGRAPH = "L'OIM accompagne les autorités marocaines dans la mise en œuvre de la stratégie "
			+ "nationale d'immigration et d'asile, avec ses partenaires de la société civile et les collectivités "
			+ "territoriales des régions de l'Oriental, de Souss-Massa et de Tanger-Tétouan-Al Hoceïma.";

	private ImageArticles() {
	}

	public static Published publish(MockMvc mvc, MediaService media, JdbcTemplate jdbc, String title)
			throws Exception {
		return publish(mvc, media, jdbc, title, false);
	}

	/**
	 * @param video whether a video follows the photos (in French, English and Arabic then;
	 * in French only otherwise)
	 */
	public static Published publish(MockMvc mvc, MediaService media, JdbcTemplate jdbc, String title, boolean video)
			throws Exception {
		long second = upload(media, TestImages.photo(1600, 1067, 2), "Une formation à Rabat");
		long third = upload(media, TestImages.photo(1600, 1067, 3), "Un atelier à Oujda");
		String body = (PARAGRAPH + "\n\n").repeat(3) + "![Une formation à Rabat](/media/" + second + "/960.jpg)\n\n"
				+ (PARAGRAPH + "\n\n").repeat(2) + "![Un atelier à Oujda](/media/" + third + "/960.jpg)\n\n"
				+ PARAGRAPH + (video ? "\n\n" + VIDEO + "\n" : "");
		var form = multipart("/admin/articles/new");
		if (video) {
			form.param("texts[en].title", "English " + title)
				.param("texts[en].summary", "Three photos and a video.")
				.param("texts[en].body", body)
				.param("texts[ar].title", "صور وفيديو " + Math.abs(title.hashCode()))
				.param("texts[ar].summary", "ثلاث صور وفيديو.")
				.param("texts[ar].body", body);
		}
		MvcResult saved = mvc
			.perform(form
				.file(new MockMultipartFile("imageFile", "photo.jpg", "image/jpeg", TestImages.photo(1600, 1067, 1)))
				.param("image.alt[fr]", "Des participants à une réunion")
				.param("texts[fr].title", title)
				.param("texts[fr].summary", "Trois photos d'une semaine de travail avec les partenaires.")
				.param("texts[fr].body", body)
				.param("action", "publish")
				.with(csrf())
				.with(user("editor@oim.test").roles("EDITOR")))
			.andExpect(status().isFound())
			.andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		return new Published(id, path(jdbc, id, Language.fromCode("fr").orElseThrow()),
				video ? path(jdbc, id, Language.fromCode("en").orElseThrow()) : null,
				video ? path(jdbc, id, Language.fromCode("ar").orElseThrow()) : null);
	}

	private static String path(JdbcTemplate jdbc, long id, Language language) {
		String slug = jdbc.queryForObject("select slug from article_translation where article_id = ? and language = ?",
				String.class, id, language.code());
		return SitePaths.article(language, slug);
	}

	private static long upload(MediaService media, byte[] photo, String alt) throws ImageRejectedException {
		MediaForm details = new MediaForm();
		details.getAlt().put("fr", alt);
		return media.upload(photo, details, "editor@oim.test").getId();
	}

}
