package ma.oim.site.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links of a paginated list; page numbers are 1-based in URLs. Each link keeps the
 * list's other query parameters (filters).
 *
 * <p>Only the first and last pages and those near the current one are linked, with a
 * gap between them: 100,000 articles make 10,000 pages, and a list of them all would
 * weigh more than the page itself.
 */
public record Pagination(int current, int total, String previous, String next, List<PageLink> pages) {

	/** Pages linked on each side of the current one. */
	static final int NEIGHBOURS = 2;

	/** A link to a page, or a gap (no path) where pages are left out. */
	public record PageLink(int number, String path, boolean current) {

		public boolean isGap() {
			return this.path == null;
		}

	}

	public static Pagination of(int current, int total, UriComponentsBuilder list) {
		List<PageLink> pages = new ArrayList<>();
		IntStream.rangeClosed(1, total).filter((number) -> isLinked(number, current, total)).forEach((number) -> {
			if (!pages.isEmpty() && pages.get(pages.size() - 1).number() < number - 1) {
				pages.add(new PageLink(number - 1, null, false));
			}
			pages.add(new PageLink(number, link(list, number), number == current));
		});
		return new Pagination(current, total, (current > 1) ? link(list, current - 1) : null,
				(current < total) ? link(list, current + 1) : null, List.copyOf(pages));
	}

	/** The ends, the current page's neighbours, and a page that a gap would otherwise stand for alone. */
	private static boolean isLinked(int number, int current, int total) {
		int distance = Math.abs(number - current);
		return number == 1 || number == total || distance <= NEIGHBOURS
				|| (distance == NEIGHBOURS + 1 && (number == 2 || number == total - 1));
	}

	public boolean isNeeded() {
		return this.total > 1;
	}

	private static String link(UriComponentsBuilder list, int number) {
		UriComponentsBuilder builder = list.cloneBuilder();
		// A list's path may be a URI already (SitePaths writes Arabic segments percent-encoded):
		// it is decoded, so that the link encodes it once, with the filters' values.
		String path = builder.build().getPath();
		if (path != null) {
			builder.replacePath(UriUtils.decode(path, StandardCharsets.UTF_8));
		}
		builder.replaceQueryParam("page", (number > 1) ? List.of(number) : List.of());
		return builder.encode().build().toUriString();
	}

}
