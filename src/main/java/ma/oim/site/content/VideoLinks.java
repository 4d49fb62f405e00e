package ma.oim.site.content;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A YouTube or Vimeo address alone on its line of an editor's Markdown becomes, when the
 * text is shown, a video that loads nothing from the video's host until the visitor asks:
 * a poster drawn by the stylesheet and a link to the video on its host. The site's script
 * turns the link into a button that puts the host's player in its place, from its
 * privacy-minded address (youtube-nocookie.com; Vimeo with {@code dnt=1}). The page then
 * needs its Content-Security-Policy to allow that player's origin, and only that one:
 * {@link Embedded#frameSources()}.
 */
public final class VideoLinks {

	/** A paragraph that is one bare link, as commonmark's autolink and the sanitiser write it. */
	private static final Pattern LONE_LINK = Pattern
		.compile("<p>\\s*<a href=\"(https://[^\"]{1,300})\"[^>]*>([^<]{1,300})</a>\\s*</p>");

	private static final Pattern YOUTUBE = Pattern.compile(
			"https://(?:(?:www\\.|m\\.)?youtube\\.com/(?:watch\\?(?:[^#]*&)?v=|embed/|shorts/)|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[?&#].*)?");

	private static final Pattern VIMEO = Pattern.compile("https://(?:www\\.)?vimeo\\.com/([0-9]{1,12})(?:[?#/].*)?");

	public static final String YOUTUBE_PLAYER = "https://www.youtube-nocookie.com";

	public static final String VIMEO_PLAYER = "https://player.vimeo.com";

	/**
	 * What the page says of a video, in its language: the message of this code with the
	 * host's name ("YouTube", "Vimeo") as its argument. The codes: {@code video.watch} (the
	 * link's text), {@code video.notice} (under the poster: the video loads from its host
	 * only when played), {@code video.player} (the player's title, for screen readers).
	 */
	@FunctionalInterface
	public interface Wording {

		String say(String code, String host);

	}

	/** A text's HTML with its videos, and the players' origins its page must allow. */
	public record Embedded(String html, Set<String> frameSources) {
	}

	/** A video found at an address: its page on the host, and its player. */
	record Video(String host, String page, String player, String playerOrigin) {
	}

	private VideoLinks() {
	}

	public static Embedded embed(String html, Wording wording) {
		if (html == null || !html.contains("<a href=\"https://")) {
			return new Embedded(html, Set.of());
		}
		Set<String> sources = new LinkedHashSet<>();
		Matcher link = LONE_LINK.matcher(html);
		StringBuilder out = new StringBuilder(html.length() + 256);
		while (link.find()) {
			String address = HtmlUtils.htmlUnescape(link.group(1));
			boolean bare = address.equals(HtmlUtils.htmlUnescape(link.group(2)).strip());
			Optional<Video> video = bare ? video(address) : Optional.empty();
			String replacement = video.map((found) -> figure(found, wording)).orElse(link.group());
			video.ifPresent((found) -> sources.add(found.playerOrigin()));
			link.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		link.appendTail(out);
		return new Embedded(out.toString(), Set.copyOf(sources));
	}

	static Optional<Video> video(String address) {
		Matcher youtube = YOUTUBE.matcher(address);
		if (youtube.matches()) {
			String id = youtube.group(1);
			return Optional.of(new Video("YouTube", "https://www.youtube.com/watch?v=" + id,
					YOUTUBE_PLAYER + "/embed/" + id + "?autoplay=1", YOUTUBE_PLAYER));
		}
		Matcher vimeo = VIMEO.matcher(address);
		if (vimeo.matches()) {
			String id = vimeo.group(1);
			return Optional.of(new Video("Vimeo", "https://vimeo.com/" + id,
					VIMEO_PLAYER + "/video/" + id + "?dnt=1&autoplay=1", VIMEO_PLAYER));
		}
		return Optional.empty();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String figure(Video video, Wording wording) {
		return "<figure class=\"video\"><a class=\"video-poster\" href=\"" + escape(video.page())
				+ "\" rel=\"noopener\" data-video-player=\"" + escape(video.player())
				+ "\" data-video-title=\"" + escape(wording.say("video.player", video.host()))
				+ "\"><span class=\"video-play\" aria-hidden=\"true\"></span><span class=\"video-label\">"
				+ escape(wording.say("video.watch", video.host())) + "</span></a><figcaption class=\"video-notice\">"
				+ escape(wording.say("video.notice", video.host())) + "</figcaption></figure>";
	}

}
