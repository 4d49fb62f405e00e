package ma.oim.site.web;

/**
 * The 1-based number of a page of a list, from the {@code page} query parameter (1 when
 * absent or empty). A controller method takes it as a parameter; what the visitor typed is checked
 * once, by {@link PageNumberArgumentResolver}: not a number is a bad request, a number
 * outside {@code 1..}{@value #MAX} names no page that can exist.
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
	 * The page a {@code page} parameter names: none or empty is the first page.
	 * @throws BadRequestException for what is not a number of ASCII digits, or is 0
	 * @throws NotFoundException for a number past {@value #MAX}
	 */
	public static PageNumber parse(String value) {
		if (value == null || value.isEmpty()) {
			return FIRST;
		}
		if (!value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new BadRequestException();
		}
		String digits = value.replaceFirst("^0+", "");
		if (digits.isEmpty()) {
			throw new BadRequestException();
		}
		if (digits.length() > 9 || Integer.parseInt(digits) > MAX) {
			throw new NotFoundException();
		}
		return new PageNumber(Integer.parseInt(digits));
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
