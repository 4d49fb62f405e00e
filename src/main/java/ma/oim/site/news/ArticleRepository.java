package ma.oim.site.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	String PUBLIC_AT_NOW = "a.status = ma.oim.site.news.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	@Query("select a from Article a join a.translations t where key(t) = :language and t.slug = :slug and "
			+ PUBLIC_AT_NOW)
	Optional<Article> findPublicBySlug(Language language, String slug, Instant now);

	/**
	 * The public articles published just before the given one, newest first. A row
	 * comparison, which PostgreSQL reads as one range of the (published_at, id) index; the
	 * same condition written with "or" made it scan half the articles.
	 */
	@Query("select a from Article a where " + PUBLIC_AT_NOW
			+ " and (a.publishedAt, a.id) < (:at, :id) order by a.publishedAt desc, a.id desc")
	List<Article> findPublicOlderThan(Instant at, long id, Instant now, Limit limit);

	/** The public articles published just after the given one, oldest first. */
	@Query("select a from Article a where " + PUBLIC_AT_NOW
			+ " and (a.publishedAt, a.id) > (:at, :id) order by a.publishedAt asc, a.id asc")
	List<Article> findPublicNewerThan(Instant at, long id, Instant now, Limit limit);

	/**
	 * The newest public articles that share an axis with article {@code id}, itself
	 * excluded; only those translated into {@code language} unless {@code everyLanguage}.
	 * An existence test, not a join: PostgreSQL walks the articles newest first and stops
	 * at the {@code count}-th, however many share an axis. The translation test ends with
	 * "offset 0" so that it stays a lookup per article walked: without it, PostgreSQL may
	 * instead hash every translation in the language first (21 ms instead of 0.9 at 10,000
	 * articles, and growing with them).
	 */
	@Query(value = "select a.* from article a where a.status = 'PUBLISHED' and a.published_at <= :now and a.id <> :id "
			+ "and exists (select 1 from article_axis mine join article_axis theirs on theirs.axis_id = mine.axis_id "
			+ "where mine.article_id = :id and theirs.article_id = a.id) "
			+ "and (:everyLanguage or exists (select 1 from article_translation t where t.article_id = a.id "
			+ "and t.language = :language offset 0)) order by a.published_at desc, a.id desc limit :count",
			nativeQuery = true)
	List<Article> findPublicSharingAnAxis(long id, String language, boolean everyLanguage, Instant now, int count);

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
