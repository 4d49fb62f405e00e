package ma.oim.site.content;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses become videos, and what a video's markup holds (nothing that loads from its host). */
class VideoLinksTests {

	static final VideoLinks.Wording WORDING = (code, host) -> switch (code) {
		case "video.watch" -> "Regarder sur " + host;
		case "video.notice" -> "Chargée depuis " + host + " <quand lancée>";
		default -> "Lecteur " + host;
	};

	/** No media library: videos need none. */
	final Markdown markdown = new Markdown(new StaticListableBeanFactory().getBeanProvider(LibraryImages.class));

	@Test
	void aYoutubeAddressAloneOnItsLineBecomesAPosterAndALink() {
		VideoLinks.Embedded embedded = embed("Avant.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42\n\nAprès.");
		assertThat(embedded.html()).contains("<p>Avant.</p>", "<p>Après.</p>")
			.contains("<figure class=\"video\"><a class=\"video-poster\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"")
			.contains("data-video-player=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\"")
			.contains("<span class=\"video-label\">Regarder sur YouTube</span>")
			.contains("Chargée depuis YouTube &lt;quand lancée&gt;")
			.doesNotContain("<iframe", "src=");
		assertThat(embedded.frameSources()).containsExactly("https://www.youtube-nocookie.com");
	}

	@Test
	void everyFormOfAYoutubeAddressIsTheSameVideo() {
		for (String address : new String[] { "https://youtu.be/dQw4w9WgXcQ", "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
				"https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/shorts/dQw4w9WgXcQ",
				"https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ" }) {
			assertThat(embed(address).html()).as(address)
				.contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"");
		}
	}

	@Test
	void aVimeoAddressPlaysWithoutTracking() {
		VideoLinks.Embedded embedded = embed("https://vimeo.com/76979871");
		assertThat(embedded.html()).contains("href=\"https://vimeo.com/76979871\"")
			.contains("data-video-player=\"https://player.vimeo.com/video/76979871?dnt=1&amp;autoplay=1\"");
		assertThat(embedded.frameSources()).containsExactly("https://player.vimeo.com");
	}

	/** A link with words of its own, a link in a sentence, or another host stay links. */
	@Test
	void otherLinksStayLinks() {
		for (String text : new String[] { "[Notre vidéo](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
				"Voir https://www.youtube.com/watch?v=dQw4w9WgXcQ ici.", "https://example.org/watch?v=dQw4w9WgXcQ",
				"https://www.youtube.com/watch?v=short", "https://www.youtube.com.evil.test/watch?v=dQw4w9WgXcQ" }) {
			VideoLinks.Embedded embedded = embed(text);
			assertThat(embedded.html()).as(text).doesNotContain("video-poster");
			assertThat(embedded.frameSources()).isEqualTo(Set.of());
		}
	}

	private VideoLinks.Embedded embed(String text) {
		return VideoLinks.embed(this.markdown.toSafeHtml(text), WORDING);
	}

}
