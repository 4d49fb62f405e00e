package ma.oim.site.media;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import ma.oim.site.i18n.Language;

/**
 * An image as a page shows it: the widest variant as {@code src}, every variant in
 * {@code srcset} and their WebP copies in {@code webpSrcset}, a photo's copy for dense
 * phone screens in {@code denseWebpSrcset} (null if it has none), width and height (no
 * layout shift), alt text and caption in the reader's language; and the same for its crop
 * to a news card's shape, cut around the editor's focal point.
 */
public record MediaView(long id, String src, String srcset, int width, int height, String alt, String caption,
		String credit, String webpSrcset, String denseWebpSrcset, Picture card) {

	/**
	 * Which screens take the dense copy: phones' columns at 1.5 device pixels per CSS pixel
	 * or more. The others choose in {@code webpSrcset} by width and density.
	 */
	public static final String DENSE_SCREENS = "(max-width: 48rem) and (min-resolution: 1.5dppx)";

	/** {@link #DENSE_SCREENS}, for templates. */
	public String denseScreens() {
		return DENSE_SCREENS;
	}

	/** One shape of an image: what {@code <picture>} needs, the WebP sources first. */
	public record Picture(String src, String srcset, String webpSrcset, int width, int height) {
	}

	public static MediaView of(Media media, Language language) {
		int[] widths = media.getVariantWidths();
		return new MediaView(media.getId(), path(media, media.getWidth()),
				srcset(widths, (width) -> path(media, width)), media.getWidth(), media.getHeight(), media.alt(language),
				media.caption(language), media.getCredit(),
				srcset(widths, (width) -> Renditions.webpPath(media.getId(), width)), dense(media), card(media));
	}

	private static String dense(Media media) {
		String path = Renditions.densePath(media.getId(), media.getContentType(), media.getVariantWidths());
		return (path != null) ? path + " " + Renditions.DENSE_WIDTH + "w" : null;
	}

	private static Picture card(Media media) {
		Renditions.Shape shape = Renditions.CARD;
		int[] widths = Renditions.widths(media.getWidth(), media.getHeight(), shape);
		IntFunction<String> jpeg = (width) -> Renditions.cropPath(media.getId(), shape, media.getFocalX(),
				media.getFocalY(), width, media.extension());
		IntFunction<String> webp = (width) -> Renditions.cropPath(media.getId(), shape, media.getFocalX(),
				media.getFocalY(), width, "webp");
		int widest = widths[widths.length - 1];
		return new Picture(jpeg.apply(widest), srcset(widths, jpeg), srcset(widths, webp), widest,
				shape.heightFor(widest));
	}

	private static String srcset(int[] widths, IntFunction<String> path) {
		return Arrays.stream(widths).mapToObj((width) -> path.apply(width) + " " + width + "w")
			.collect(Collectors.joining(", "));
	}

	public static String path(Media media, int width) {
		return "/media/" + media.getId() + "/" + width + "." + media.extension();
	}

}
