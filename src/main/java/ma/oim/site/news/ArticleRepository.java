package ma.oim.site.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	String PUBLIC_AT_NOW = "a.status = ma.oim.site.news.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	String PUBLIC_NATIVE = "a.status = 'PUBLISHED' and a.published_at <= :now";

	/** With its texts, which the page shows (one statement fewer). */
	@Query("select a from Article a join a.translations t left join fetch a.translations "
			+ "where key(t) = :language and t.slug = :slug and " + PUBLIC_AT_NOW)
	Optional<Article> findPublicBySlug(Language language, String slug, Instant now);

	/** An article around another: a row of {@link #findPublicNeighbours}. */
	interface NeighbourRow {

		/** "newer", "older" or "related". */
		String getRole();

		long getId();

	}

	/**
	 * Around article {@code id} (published at {@code at}), in one statement: the public
	 * article published just after it, the one just before, and the {@code count} newest
	 * that share an axis with it; related ones only if translated into {@code language}
	 * unless {@code everyLanguage}, newest first. And the article's own axes (role "axis",
	 * the axis's id), which its page names: one statement fewer than its lazy collection.
	 * <p>Neighbours are found by row comparison, which PostgreSQL reads as one range of
	 * the (published_at, id) index (the same condition written with "or" scanned half the
	 * articles). Related news are an existence test, not a join: PostgreSQL walks the
	 * articles newest first and stops at the {@code count}-th, however many share an axis.
	 * The translation test ends with "offset 0" so that it stays a lookup per article
	 * walked: without it, PostgreSQL may instead hash every translation in the language
	 * first (21 ms instead of 0.9 at 10,000 articles, and growing with them).
	 */
	@Query(value = "select role, id from ("
			+ "(select 'newer' as role, a.id, a.published_at from article a where " + PUBLIC_NATIVE
			+ " and (a.published_at, a.id) > (:at, :id) order by a.published_at asc, a.id asc limit 1) "
			+ "union all (select 'older', a.id, a.published_at from article a where " + PUBLIC_NATIVE
			+ " and (a.published_at, a.id) < (:at, :id) order by a.published_at desc, a.id desc limit 1) "
			+ "union all (select 'related', a.id, a.published_at from article a where " + PUBLIC_NATIVE
			+ " and a.id <> :id and exists (select 1 from article_axis mine join article_axis theirs "
			+ "on theirs.axis_id = mine.axis_id where mine.article_id = :id and theirs.article_id = a.id) "
			+ "and (:everyLanguage or exists (select 1 from article_translation t where t.article_id = a.id "
			+ "and t.language = :language offset 0)) order by a.published_at desc, a.id desc limit :count) "
			+ "union all (select 'axis', x.axis_id, null from article_axis x where x.article_id = :id)"
			+ ") around order by role, published_at desc, id desc", nativeQuery = true)
	List<NeighbourRow> findPublicNeighbours(long id, Instant at, String language, boolean everyLanguage, Instant now,
			int count);

	/** The current slug of a public article that once had {@code slug}, for a 301. */
	@Query(value = "select t.slug from article_slug_alias alias "
			+ "join article_translation t on t.article_id = alias.article_id and t.language = alias.language "
			+ "join article a on a.id = alias.article_id "
			+ "where alias.language = :language and alias.slug = :slug and a.status = 'PUBLISHED' and a.published_at <= :now",
			nativeQuery = true)
	Optional<String> findCurrentSlugOfAlias(String language, String slug, Instant now);

	/** An article among the latest naming a partner: a row of {@link #findLatestNamingEachPartner}. */
	interface PartnerNewsRow {

		long getPartnerId();

		long getArticleId();

		/** How many public articles name the partner in all. */
		long getTotal();

	}

	/**
	 * For each partner, its {@code count} newest public articles, newest first, with the
	 * number of all its public articles; only those translated into {@code language}
	 * unless {@code everyLanguage}.
	 */
	@Query(value = "select partner_id as partnerId, article_id as articleId, total from ("
			+ "select ap.partner_id, ap.article_id, count(*) over (partition by ap.partner_id) as total, "
			+ "row_number() over (partition by ap.partner_id order by a.published_at desc, a.id desc) as rank "
			+ "from article_partner ap join article a on a.id = ap.article_id "
			+ "where a.status = 'PUBLISHED' and a.published_at <= :now "
			+ "and (:everyLanguage or exists (select 1 from article_translation t where t.article_id = a.id "
			+ "and t.language = :language))) ranked where rank <= :count order by partner_id, rank", nativeQuery = true)
	List<PartnerNewsRow> findLatestNamingEachPartner(Instant now, String language, boolean everyLanguage, int count);

}
