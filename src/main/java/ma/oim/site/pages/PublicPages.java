package ma.oim.site.pages;

/**
 * Which organisation pages are public, for queries that read {@code page_translation}
 * themselves (search): with {@link PageTree#isVisibleToVisitors}, the one place that says it.
 */
public final class PublicPages {

	/**
	 * The translation {@code p} is neither of a hidden page nor under one: no hidden page's
	 * path in that language is its path or begins it.
	 */
	public static final String SQL = """
			not exists (select 1 from page hidden_page
			    join page_translation hidden_text on hidden_text.page_id = hidden_page.id
			    where hidden_page.hidden and hidden_text.language = p.language
			      and (p.path = hidden_text.path or p.path like hidden_text.path || '/%'))""";

	private PublicPages() {
	}

}
