package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ids of the public articles pages show, newest first: a list's page, the news
 * around an article, the latest naming each partner. The cards are read from them
 * ({@link ArticleCards}), the feeds' articles too.
 *
 * <p>Statements are prepared once and planned once for every value of their parameters
 * (application.properties: plan_cache_mode), so what decides the plan is written into
 * the statement: the status, which the index of published articles is restricted to, and
 * the number of rows, which makes PostgreSQL walk that index newest first and stop. Each
 * combination of a list's filters has a statement of its own, since a plan made for any
 * axis may sort all of that axis's articles instead (docs/performance.md).
 */
@Repository
class PublicArticleIds {

	/**
	 * Published in the year {@code :year} in Morocco, by PostgreSQL's time zone rules, as
	 * the archive's counts are (V7): a list of a year shows the articles its count counts,
	 * however the server's rules for Morocco differ from the JVM's. A range of the index.
	 */
	static final String IN_YEAR = "a.published_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Africa/Casablanca')"
			+ " and a.published_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Africa/Casablanca')";

	/**
	 * Around article {@code :id} (published at {@code :at}), in one statement: the public
	 * article published just after it, the one just before, and the {@code :count} newest
	 * that share an axis with it (only those translated into {@code :language} unless
	 * {@code :everyLanguage}); and the ids of its own axes and partners, which its page names.
	 * <p>Neighbours are found by row comparison, which PostgreSQL reads as one range of
	 * the (published_at, id) index; an "or" scans half the articles. Related news are an
	 * existence test, not a join, so PostgreSQL walks the articles newest first and stops
	 * at the {@code :count}-th. The translation test ends with "offset 0" so that it stays a
	 * lookup per article walked, rather than a hash of every translation in the language.
	 */
	private static final String NEIGHBOURS = """
			select role, id from (
			  (select 'newer' as role, a.id, a.published_at from article a
			   where %1$s and (a.published_at, a.id) > (:at, :id)
			   order by a.published_at asc, a.id asc limit 1)
			  union all
			  (select 'older', a.id, a.published_at from article a
			   where %1$s and (a.published_at, a.id) < (:at, :id)
			   order by a.published_at desc, a.id desc limit 1)
			  union all
			  (select 'related', a.id, a.published_at from article a
			   where %1$s and a.id <> :id
			     and exists (select 1 from article_axis mine join article_axis theirs on theirs.axis_id = mine.axis_id
			                 where mine.article_id = :id and theirs.article_id = a.id)
			     and (:everyLanguage or exists (select 1 from article_translation t
			                                    where t.article_id = a.id and t.language = :language and %2$s offset 0))
			   order by a.published_at desc, a.id desc limit :count)
			  union all
			  (select 'axis', x.axis_id, null from article_axis x where x.article_id = :id)
			  union all
			  (select 'partner', p.partner_id, null from article_partner p where p.article_id = :id)
			) around
			order by role, published_at desc, id desc
			""".formatted(PublicArticle.SQL, PublicArticle.TRANSLATION_SQL);

	/**
	 * For each partner, its {@code :count} newest public articles, newest first, with the
	 * number of all its public articles; only those translated into {@code :language}
	 * unless {@code :everyLanguage}.
	 */
	private static final String LATEST_BY_PARTNER = """
			select partner_id, article_id, total from (
			  select ap.partner_id, ap.article_id, count(*) over (partition by ap.partner_id) as total,
			         row_number() over (partition by ap.partner_id order by a.published_at desc, a.id desc) as rank
			  from article_partner ap join article a on a.id = ap.article_id
			  where %s
			    and (:everyLanguage or exists (select 1 from article_translation t
			                                   where t.article_id = a.id and t.language = :language and %s))) ranked
			where rank <= :count
			order by partner_id, rank
			""".formatted(PublicArticle.SQL, PublicArticle.TRANSLATION_SQL);

	/**
	 * The ids of the articles around an article, and of its own axes and partners.
	 */
	record Neighbours(Optional<Long> newer, Optional<Long> older, List<Long> related, List<Long> axisIds,
			List<Long> partnerIds) {

		List<Long> ids() {
			List<Long> ids = new ArrayList<>();
			this.newer.ifPresent(ids::add);
			this.older.ifPresent(ids::add);
			ids.addAll(this.related);
			return ids;
		}

	}

	/** The ids of the newest public articles naming a partner, and how many name it in all. */
	record PartnerNews(List<Long> latest, long total) {
	}

	private final JdbcClient jdbc;

	PublicArticleIds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The {@code count} newest articles of {@code filter} public at {@code now}, after the first {@code offset}. */
	List<Long> newest(NewsFilter filter, Instant now, long offset, int count) {
		StringBuilder sql = new StringBuilder("select a.id from article a where ").append(PublicArticle.SQL);
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("now", utc(now));
		parameters.put("offset", offset);
		if (filter.axisId() != null) {
			sql.append(" and exists (select 1 from article_axis x where x.article_id = a.id and x.axis_id = :axis)");
			parameters.put("axis", filter.axisId());
		}
		if (filter.year() != null) {
			sql.append(" and ").append(IN_YEAR);
			parameters.put("year", filter.year());
		}
		if (filter.language() != null) {
			sql.append(" and exists (select 1 from article_translation t where t.article_id = a.id and t.language = :language and ")
				.append(PublicArticle.TRANSLATION_SQL)
				.append(")");
			parameters.put("language", filter.language().code());
		}
		sql.append(" order by a.published_at desc, a.id desc limit ").append(count).append(" offset :offset");
		return this.jdbc.sql(sql.toString()).params(parameters).query(Long.class).list();
	}

	/** @param language when not null, related news only if translated into it */
	Neighbours around(Article article, Language language, Instant now, int relatedCount) {
		Map<String, List<Long>> byRole = this.jdbc.sql(NEIGHBOURS)
			.param("id", article.getId())
			.param("at", utc(article.getPublishedAt()))
			.param("language", (language != null) ? language.code() : "")
			.param("everyLanguage", language == null)
			.param("now", utc(now))
			.param("count", relatedCount)
			.query((row, number) -> Map.entry(row.getString("role"), row.getLong("id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return new Neighbours(byRole.getOrDefault("newer", List.of()).stream().findFirst(),
				byRole.getOrDefault("older", List.of()).stream().findFirst(), byRole.getOrDefault("related", List.of()),
				byRole.getOrDefault("axis", List.of()), byRole.getOrDefault("partner", List.of()));
	}

	/**
	 * For each partner id, its {@code count} newest public articles.
	 * @param language when not null, only articles translated into it
	 */
	Map<Long, PartnerNews> latestByPartner(Language language, Instant now, int count) {
		Map<Long, PartnerNews> byPartner = new LinkedHashMap<>();
		this.jdbc.sql(LATEST_BY_PARTNER)
			.param("now", utc(now))
			.param("language", (language != null) ? language.code() : "")
			.param("everyLanguage", language == null)
			.param("count", count)
			.query((RowCallbackHandler) (row) -> {
				long total = row.getLong("total");
				byPartner.computeIfAbsent(row.getLong("partner_id"), (id) -> new PartnerNews(new ArrayList<>(), total))
					.latest()
					.add(row.getLong("article_id"));
			});
		return byPartner;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
