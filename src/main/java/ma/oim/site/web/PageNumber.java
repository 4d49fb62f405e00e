package ma.oim.site.web;

import org.springframework.util.NumberUtils;

/**
 * The 1-based number of a page of a list, from the {@code page} query parameter (1 when
 * absent or empty). A controller method takes it as a parameter; what the visitor typed is checked
 * once, by {@link #parse}: not a number, or below 1, is a bad request; a number past
 * {@value #MAX} names no page that can exist.
 */
public record PageNumber(int value) {

	/** No list of the site has so many pages; offsets computed from it fit any query. */
	public static final int MAX = 100_000;

	public static final PageNumber FIRST = new PageNumber(1);

	public PageNumber {
		if (value < 1 || value > MAX) {
			throw new IllegalArgumentException("page " + value);
		}
	}

	/**
	 * The page a {@code page} parameter names, read as Spring MVC reads a number: none or
	 * empty is the first page.
	 * @throws BadRequestException for what is not a whole number, or is below 1
	 * @throws NotFoundException for a number past {@value #MAX}
	 */
	public static PageNumber parse(String value) {
		if (value == null || value.isEmpty()) {
			return FIRST;
		}
		int number;
		try {
			number = NumberUtils.parseNumber(value, Integer.class);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException();
		}
		if (number < 1) {
			throw new BadRequestException();
		}
		if (number > MAX) {
			throw new NotFoundException();
		}
		return new PageNumber(number);
	}

	/** The 0-based index of the page, as Spring Data counts. */
	public int index() {
		return this.value - 1;
	}

	/** How many rows precede this page in a list of {@code size} a page. */
	public long offset(int size) {
		return (long) index() * size;
	}

	public boolean isFirst() {
		return this.value == 1;
	}

	/**
	 * @throws NotFoundException when the list has fewer pages; its first page always
	 * exists, even empty
	 */
	public void requireWithin(long totalPages) {
		if (!isFirst() && this.value > totalPages) {
			throw new NotFoundException();
		}
	}

}
