package ma.oim.site.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.news.PublicArticle;
import ma.oim.site.pages.PublicPages;
import ma.oim.site.publications.PublicPublication;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * PostgreSQL full-text search over the public articles, the organisation pages and the
 * public publications, the text of their files included (see
 * the migration V4__search.sql for the indexed vectors and the text search
 * configurations).
 *
 * <p>The visitor's text only ever reaches PostgreSQL as a bind parameter of
 * {@code websearch_to_tsquery}, which accepts any input: quotes, {@code or}, {@code -}
 * and stray operators are read as the search syntax of web search engines, never as
 * errors ({@code to_tsquery} would fail on them). The query PostgreSQL makes of it comes
 * back as a bind parameter too. The SQL is assembled from constant fragments only,
 * chosen by the filters present. Callers run it in a transaction (for the plan setting).
 */
@Repository
class SearchRepository {

	/** Marks a highlighted word in ts_headline's output; no text of the site contains them. */
	static final char START = '\u0002';

	static final char STOP = '\u0003';

	static final String MARKERS = "" + START + STOP;

	private static final String SELECTION = "StartSel=\"" + START + "\", StopSel=\"" + STOP + "\"";

	private static final String TITLE_OPTIONS = SELECTION + ", HighlightAll=true";

	private static final String DELIMITER = " … ";

	/**
	 * Highlights are made in the folded text the vectors index (search_normalise), then
	 * carried back onto the text as written ({@link SearchText#restore}).
	 */
	private static final String SNIPPET_OPTIONS = SELECTION
			+ ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\"" + DELIMITER + "\"";

	/**
	 * The visitor's words, read by both configurations (French rows match the French
	 * reading), each widened by the synonyms of the search_synonym table (OIM, IOM). Read
	 * first, on their own: ts_rewrite runs a query, so PostgreSQL cannot know its result
	 * when it plans the search; given the result (as a parameter), it plans with its
	 * statistics of how many rows each word matches.
	 */
	private static final String WORDS = """
			select ts_rewrite(websearch_to_tsquery(search_config(:language), search_normalise(:text)),
			                  'select term, expansion from search_synonym')::text as own,
			       ts_rewrite(websearch_to_tsquery(search_config(:recordLanguage), search_normalise(:text)),
			                  'select term, expansion from search_synonym')::text as record
			""";

	/**
	 * For this transaction, in one round trip: planned for the words of each search, never
	 * once for all (see {@link #WORDS}); and in one process: the newest matches are found
	 * in a few milliseconds, and starting parallel workers for them costs more than the
	 * search itself, the more so when other visitors need the cores.
	 */
	private static final String SETTINGS = "set local plan_cache_mode = force_custom_plan; "
			+ "set local max_parallel_workers_per_gather = 0";

	/** The words read in the page's language, and in the language of record. */
	private static final String OWN = "cast(:own as tsquery)";

	private static final String RECORD = "cast(:record as tsquery)";

	/**
	 * The newest {@code :candidates} public articles that match, in the page's language;
	 * with {@code :untranslated}, also those that exist only in French (as the news lists
	 * show them, following the same setting). Only what ranking needs is read here.
	 *
	 * <p>Why a limit: a common word ("migration", "formation") matches a large share of a
	 * mission's news, and ranking tens of thousands of rows takes a second at 100,000
	 * articles. PostgreSQL finds the newest matches either by walking the articles newest
	 * first (common words: it stops at the limit) or through the GIN index (rare words:
	 * few matches), whichever its statistics say is cheaper. The rows sorted to find them
	 * are narrow: the search vectors, needed to rank, are read afterwards for the
	 * candidates kept, rather than sorted with thousands of matches.
	 */
	private static final String ARTICLES = """
			with candidates as (
			    select 'ARTICLE' as kind, t.article_id as id, t.language, a.published_at,
			           case t.language when :language then %2$s else %3$s end as tsquery
			    from article a
			    join article_translation t on t.article_id = a.id
			    where %4$s and %5$s
			      and ((t.language = :language and t.search_vector @@ %1$s)
			        or (:untranslated and t.language = :recordLanguage and t.search_vector @@ %3$s and not exists (
			            select 1 from article_translation other where other.article_id = t.article_id and other.language = :language
			            and %6$s)))
			""";

	private static final String AXIS_FILTER = """
			      and exists (select 1 from article_axis x where x.article_id = a.id and x.axis_id = :axis)
			""";

	private static final String YEAR_FILTER = """
			      and a.published_at >= :yearStart and a.published_at < :yearEnd
			""";

	private static final String CANDIDATES_END = """
			    order by a.published_at desc, a.id desc
			    limit :candidates
			),
			matches as (
			    select c.kind, c.id, c.language, c.published_at, v.search_vector as vector, c.tsquery
			    from candidates c
			    join article_translation v on v.article_id = c.id and v.language = c.language
			""";

	/** Public organisation pages in the page's language; those that only link out have no page here. */
	private static final String PAGES = """
			    union all
			    select 'PAGE', p.page_id, p.language, null, p.search_vector, %1$s
			    from page_translation p
			    join page on page.id = p.page_id
			    where page.external_url is null and p.language = :language and p.search_vector @@ %1$s
			      and\s""" + PublicPages.SQL.replace("%", "%%") + "\n"; // its % doubled: PAGES is formatted

	/**
	 * Public publications with a text in the page's language: its title and summary, and the
	 * text extracted from its file in that same language (each vector made with that
	 * language's configuration), so a sentence found only inside the French PDF is found in
	 * French.
	 */
	private static final String PUBLICATIONS = """
			    union all
			    select 'PUBLICATION', u.publication_id, u.language, pub.published_at,
			           u.search_vector || coalesce(uf.search_vector, ''::tsvector), %1$s
			    from publication_text u
			    join publication pub on pub.id = u.publication_id
			    left join publication_file uf on uf.publication_id = u.publication_id and uf.language = u.language
			    where %2$s and u.language = :language
			      and (u.search_vector @@ %1$s or uf.search_vector @@ %1$s)
			""";

	/**
	 * A match in the title (weight A) comes first; then cover density ranking, newest
	 * first. Texts are read, and snippets made, for the rows of the page only: ts_headline
	 * (and the HTML-to-text conversion before it) reads the whole text.
	 */
	private static final String RANKED = """
			),
			ranked as (
			    select m.kind, m.id, m.language, m.published_at, m.tsquery,
			           ts_filter(m.vector, '{a}') @@ m.tsquery as title_match, ts_rank_cd(m.vector, m.tsquery) as rank,
			           count(*) over () as total, count(*) filter (where m.kind = 'ARTICLE') over () as articles
			    from matches m
			    order by title_match desc, rank desc, published_at desc nulls last, kind, id
			    limit :limit offset :offset
			),
			texts as (
			    select r.*, coalesce(t.slug, p.path, u.slug) as location, coalesce(t.title, p.title, u.title) as title,
			           coalesce(t.summary, u.summary, '') as summary, coalesce(t.body_html, p.body_html, '') as body_html,
			           coalesce(left(uf.extracted_text, 100000), '') as document_text, ak.kind as article_kind
			    from ranked r
			    left join article ak on r.kind = 'ARTICLE' and ak.id = r.id
			    left join article_translation t on r.kind = 'ARTICLE' and t.article_id = r.id and t.language = r.language
			    left join page_translation p on r.kind = 'PAGE' and p.page_id = r.id and p.language = r.language
			    left join publication_text u on r.kind = 'PUBLICATION' and u.publication_id = r.id and u.language = r.language
			    left join publication_file uf on r.kind = 'PUBLICATION' and uf.publication_id = r.id
			        and uf.language = r.language
			)
			select kind, id, language, location, published_at, total, articles, plain_title, plain_text, article_kind,
			       ts_headline(search_config(language), search_normalise(plain_title), tsquery, :titleOptions) as title,
			       ts_headline(search_config(language), search_normalise(plain_text), tsquery, :snippetOptions) as snippet
			from (select texts.*, translate(title, :markers, '') as plain_title,
			             translate(summary || ' ' || html_to_text(body_html) || ' ' || document_text, :markers, '')
			                 as plain_text
			      from texts) texts
			order by title_match desc, rank desc, published_at desc nulls last, kind, id
			""";

	/**
	 * A row of results.
	 * @param location the article's slug, or the page's path
	 * @param title the title with the words found between {@link #START} and {@link #STOP}
	 * @param snippet extracts of the text, marked the same way
	 * @param total the number of results on every page
	 * @param articles how many of them are articles: {@value #CANDIDATES} means there are more
	 */
	record Row(String kind, long id, Language language, String location, Instant publishedAt, String title,
			String snippet, long total, long articles, String articleKind) {

		/** What the result is called: an article's own kind (news, event, call, press release), a page, a publication. */
		String label() {
			return ("ARTICLE".equals(this.kind) && this.articleKind != null && !"NEWS".equals(this.articleKind))
					? this.articleKind : this.kind;
		}

	}

	/** Articles ranked for a search at most: the newest that match. */
	static final int CANDIDATES = 200;

	private final JdbcClient jdbc;

	SearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param axisId only articles of this axis (and no pages), or null
	 * @param year only articles of this year in Morocco (and no pages), or null
	 */
	List<Row> search(String text, Language language, boolean untranslated, Long axisId, Integer year, Instant now,
			int limit, long offset) {
		this.jdbc.sql(SETTINGS).update();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", text);
		parameters.put("language", language.code());
		parameters.put("recordLanguage", Language.record().code());
		this.jdbc.sql(WORDS).params(parameters).query((RowCallbackHandler) (words) -> {
			parameters.put("own", words.getString("own"));
			parameters.put("record", words.getString("record"));
		});
		String ownQuery = language.isRecord() ? RECORD : OWN;
		StringBuilder sql = new StringBuilder(ARTICLES.formatted(ownQuery, OWN, RECORD, PublicArticle.SQL,
				PublicArticle.TRANSLATION_SQL, PublicArticle.translationSql("other")));
		parameters.put("untranslated", untranslated && !language.isRecord());
		parameters.put("now", utc(now));
		parameters.put("candidates", CANDIDATES);
		parameters.put("limit", limit);
		parameters.put("offset", offset);
		parameters.put("markers", MARKERS);
		parameters.put("titleOptions", TITLE_OPTIONS);
		parameters.put("snippetOptions", SNIPPET_OPTIONS);
		if (axisId != null) {
			sql.append(AXIS_FILTER);
			parameters.put("axis", axisId);
		}
		if (year != null) {
			sql.append(YEAR_FILTER);
			parameters.put("yearStart", utc(LocalDate.of(year, 1, 1).atStartOfDay(SiteZone.ZONE).toInstant()));
			parameters.put("yearEnd", utc(LocalDate.of(year + 1, 1, 1).atStartOfDay(SiteZone.ZONE).toInstant()));
		}
		sql.append(CANDIDATES_END);
		if (axisId == null && year == null) {
			sql.append(PAGES.formatted(ownQuery));
			sql.append(PUBLICATIONS.formatted(ownQuery, PublicPublication.sql("pub")));
		}
		sql.append(RANKED);
		return this.jdbc.sql(sql.toString()).params(parameters).query((rs, rowNumber) -> {
			OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
			return new Row(rs.getString("kind"), rs.getLong("id"),
					Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("location"),
					(published != null) ? published.toInstant() : null,
					SearchText.restore(rs.getString("title"), rs.getString("plain_title"), ""),
					SearchText.restore(rs.getString("snippet"), rs.getString("plain_text"), DELIMITER),
					rs.getLong("total"), rs.getLong("articles"), rs.getString("article_kind"));
		}).list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
