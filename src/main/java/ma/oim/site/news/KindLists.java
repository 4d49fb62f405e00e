package ma.oim.site.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list of a kind of article (events, calls): its public articles ({@link PublicArticle}),
 * in the reader's language or, as the news list does, in French, a page at a time. Each kind
 * gives its own condition (open, closed) and order; {@code :now} is the clock's time, so
 * what a list holds changes with the clock, with no job.
 */
@Component
class KindLists {

	/** A page of a list: its cards, its pagination and how many articles the list holds in all. */
	record Page(List<ArticleCard> cards, Pagination pagination, long total) {
	}

	private final JdbcClient jdbc;

	private final ArticleCards cards;

	private final boolean listUntranslated;

	KindLists(JdbcClient jdbc, ArticleCards cards, @Value("${oim.news.list-untranslated:true}") boolean listUntranslated) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.listUntranslated = listUntranslated;
	}

	/**
	 * The articles of a kind a list shows (alias {@code a}), with {@code :now},
	 * {@code :language} and {@code :everyLanguage} to bind ({@link #bind}).
	 */
	static String shown(ArticleKind kind) {
		return """
				a.kind = '%s' and %s
				and (:everyLanguage or exists (select 1 from article_translation t
				                               where t.article_id = a.id and t.language = :language and %s))
				""".formatted(kind.name(), PublicArticle.SQL, PublicArticle.TRANSLATION_SQL);
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Language language, Instant now) {
		return statement.param("now", PublicArticleIds.utc(now))
			.param("language", language.code())
			.param("everyLanguage", this.listUntranslated || language.isRecord());
	}

	/**
	 * A page of the articles of {@code kind} that meet {@code condition}, in {@code order};
	 * past its last page is not found.
	 * @param condition SQL on {@code a} (and {@code :now})
	 * @param order SQL, ending with a unique key so pages never overlap
	 * @param path the list's path, for its pagination
	 */
	Page page(ArticleKind kind, String condition, String order, Language language, PageNumber page, int size,
			String path, Instant now) {
		return page(kind, condition, Map.of(), order, language, page, size, UriComponentsBuilder.fromPath(path), now);
	}

	/**
	 * A page of a filtered list.
	 * @param parameters the values of the condition's own named parameters
	 * @param listPath the list's URL with its filters, to which page links add "page"
	 */
	Page page(ArticleKind kind, String condition, Map<String, ?> parameters, String order, Language language,
			PageNumber page, int size, UriComponentsBuilder listPath, Instant now) {
		String where = shown(kind) + " and (" + condition + ")";
		long total = bind(this.jdbc.sql("select count(*) from article a where " + where), language, now)
			.params(parameters)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + size - 1) / size);
		page.requireWithin(pages);
		List<Long> ids = bind(this.jdbc.sql("select a.id from article a where " + where + " order by " + order
				+ " offset :offset limit :limit"), language, now)
			.params(parameters)
			.param("offset", page.offset(size))
			.param("limit", size)
			.query(Long.class)
			.list();
		return new Page(this.cards.of(ids, language, now), Pagination.of(page.value(), pages, listPath), total);
	}

}
