package ma.oim.site.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a paginated list; page numbers are 1-based in URLs. Each link keeps the
 * list's other query parameters (filters).
 */
public record Pagination(int current, int total, String previous, String next, List<PageLink> pages) {

	public record PageLink(int number, String path, boolean current) {
	}

	public static Pagination of(int current, int total, UriComponentsBuilder list) {
		List<PageLink> pages = IntStream.rangeClosed(1, total)
			.mapToObj((number) -> new PageLink(number, link(list, number), number == current))
			.toList();
		return new Pagination(current, total, (current > 1) ? link(list, current - 1) : null,
				(current < total) ? link(list, current + 1) : null, pages);
	}

	public boolean isNeeded() {
		return this.total > 1;
	}

	private static String link(UriComponentsBuilder list, int number) {
		UriComponentsBuilder builder = list.cloneBuilder();
		builder.replaceQueryParam("page", (number > 1) ? List.of(number) : List.of());
		return builder.encode().build().toUriString();
	}

}
