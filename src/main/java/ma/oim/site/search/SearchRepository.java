package ma.oim.site.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * PostgreSQL full-text search over the public articles and the organisation pages (see
 * the migration V4__search.sql for the indexed vectors and the text search
 * configurations).
 *
 * <p>The visitor's text only ever reaches PostgreSQL as a bind parameter of
 * {@code websearch_to_tsquery}, which accepts any input: quotes, {@code or}, {@code -}
 * and stray operators are read as the search syntax of web search engines, never as
 * errors ({@code to_tsquery} would fail on them). The SQL is assembled from constant
 * fragments only, chosen by the filters present.
 */
@Repository
class SearchRepository {

	/** Marks a highlighted word in ts_headline's output; no text of the site contains them. */
	static final char START = '\u0002';

	static final char STOP = '\u0003';

	static final String MARKERS = "" + START + STOP;

	private static final String SELECTION = "StartSel=\"" + START + "\", StopSel=\"" + STOP + "\"";

	private static final String TITLE_OPTIONS = SELECTION + ", HighlightAll=true";

	private static final String SNIPPET_OPTIONS = SELECTION
			+ ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

	/**
	 * The visitor's words, read by both configurations (French rows match the French
	 * reading), each widened by the synonyms of the search_synonym table (OIM, IOM).
	 */
	private static final String QUERY = """
			with query as (
			    select ts_rewrite(websearch_to_tsquery('fr_unaccent', :text), 'select term, expansion from search_synonym') as fr,
			           ts_rewrite(websearch_to_tsquery('en_unaccent', :text), 'select term, expansion from search_synonym') as en
			),
			matches as (
			""";

	/**
	 * Public articles in the page's language; with {@code :untranslated}, also those that
	 * exist only in French (as the news lists show them, following the same setting).
	 */
	private static final String ARTICLES = """
			    select 'ARTICLE' as kind, t.article_id as id, t.language, t.slug as location, a.published_at,
			           t.title, t.summary, t.body_html, t.search_vector as vector,
			           case t.language when 'en' then query.en else query.fr end as tsquery
			    from article_translation t
			    join article a on a.id = t.article_id
			    cross join query
			    where a.status = 'PUBLISHED' and a.published_at <= :now
			      and ((t.language = :language and t.search_vector @@ %s)
			        or (:untranslated and t.language = 'fr' and t.search_vector @@ query.fr and not exists (
			            select 1 from article_translation other where other.article_id = t.article_id and other.language = :language)))
			""";

	private static final String AXIS_FILTER = """
			      and exists (select 1 from article_axis x where x.article_id = a.id and x.axis_id = :axis)
			""";

	private static final String YEAR_FILTER = """
			      and a.published_at >= :yearStart and a.published_at < :yearEnd
			""";

	/** Organisation pages in the page's language; those that only link out have no page here. */
	private static final String PAGES = """
			    union all
			    select 'PAGE', p.page_id, p.language, p.path, null, p.title, '', p.body_html, p.search_vector, %1$s
			    from page_translation p
			    join page on page.id = p.page_id
			    cross join query
			    where page.external_url is null and p.language = :language and p.search_vector @@ %1$s
			""";

	/**
	 * A match in the title (weight A) comes first; then cover density ranking, newest
	 * first. Snippets are made for the rows of the page only: ts_headline (and the
	 * HTML-to-text conversion before it) reads the whole text.
	 */
	private static final String RANKED = """
			),
			ranked as (
			    select m.*, ts_filter(m.vector, '{a}') @@ m.tsquery as title_match,
			           ts_rank_cd(m.vector, m.tsquery) as rank, count(*) over () as total
			    from matches m
			    order by title_match desc, rank desc, published_at desc nulls last, kind, id
			    limit :limit offset :offset
			)
			select kind, id, language, location, published_at, total,
			       ts_headline(search_config(language), translate(title, :markers, ''), tsquery, :titleOptions) as title,
			       ts_headline(search_config(language), translate(summary || ' ' || html_to_text(body_html), :markers, ''),
			                   tsquery, :snippetOptions) as snippet
			from ranked
			order by title_match desc, rank desc, published_at desc nulls last, kind, id
			""";

	/**
	 * A row of results.
	 * @param location the article's slug, or the page's path
	 * @param title the title with the words found between {@link #START} and {@link #STOP}
	 * @param snippet extracts of the text, marked the same way
	 * @param total the number of results on every page
	 */
	record Row(String kind, long id, Language language, String location, Instant publishedAt, String title,
			String snippet, long total) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	SearchRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param axisId only articles of this axis (and no pages), or null
	 * @param year only articles of this year in Morocco (and no pages), or null
	 */
	List<Row> search(String text, Language language, boolean untranslated, Long axisId, Integer year, Instant now,
			int limit, long offset) {
		String ownQuery = (language == Language.EN) ? "query.en" : "query.fr";
		StringBuilder sql = new StringBuilder(QUERY).append(ARTICLES.formatted(ownQuery));
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("text", text)
			.addValue("language", language.code())
			.addValue("untranslated", untranslated && language != Language.FR)
			.addValue("now", utc(now))
			.addValue("limit", limit)
			.addValue("offset", offset)
			.addValue("markers", MARKERS)
			.addValue("titleOptions", TITLE_OPTIONS)
			.addValue("snippetOptions", SNIPPET_OPTIONS);
		if (axisId != null) {
			sql.append(AXIS_FILTER);
			parameters.addValue("axis", axisId);
		}
		if (year != null) {
			sql.append(YEAR_FILTER);
			parameters.addValue("yearStart", utc(LocalDate.of(year, 1, 1).atStartOfDay(SiteZone.ZONE).toInstant()));
			parameters.addValue("yearEnd", utc(LocalDate.of(year + 1, 1, 1).atStartOfDay(SiteZone.ZONE).toInstant()));
		}
		if (axisId == null && year == null) {
			sql.append(PAGES.formatted(ownQuery));
		}
		sql.append(RANKED);
		return this.jdbc.query(sql.toString(), parameters, (rs, rowNumber) -> {
			OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
			return new Row(rs.getString("kind"), rs.getLong("id"),
					Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("location"),
					(published != null) ? published.toInstant() : null, rs.getString("title"),
					rs.getString("snippet"), rs.getLong("total"));
		});
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
