package ma.oim.site.media;

import java.util.Arrays;
import java.util.stream.Collectors;

import ma.oim.site.i18n.Language;

/**
 * An image as a page shows it: the widest variant as {@code src}, every variant in
 * {@code srcset}, width and height (no layout shift), alt text and caption in the
 * reader's language.
 */
public record MediaView(long id, String src, String srcset, int width, int height, String alt, String caption,
		String credit) {

	public static MediaView of(Media media, Language language) {
		String srcset = Arrays.stream(media.getVariantWidths())
			.mapToObj((width) -> path(media, width) + " " + width + "w")
			.collect(Collectors.joining(", "));
		return new MediaView(media.getId(), path(media, media.getWidth()), srcset, media.getWidth(), media.getHeight(),
				media.alt(language), media.caption(language), media.getCredit());
	}

	public static String path(Media media, int width) {
		return "/media/" + media.getId() + "/" + width + "." + media.extension();
	}

}
