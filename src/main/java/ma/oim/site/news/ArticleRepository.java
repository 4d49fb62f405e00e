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

	/** The public articles published just before the given one, newest first. */
	@Query("select a from Article a where " + PUBLIC_AT_NOW
			+ " and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id)) order by a.publishedAt desc, a.id desc")
	List<Article> findPublicOlderThan(Instant at, long id, Instant now, Limit limit);

	/** The public articles published just after the given one, oldest first. */
	@Query("select a from Article a where " + PUBLIC_AT_NOW
			+ " and (a.publishedAt > :at or (a.publishedAt = :at and a.id > :id)) order by a.publishedAt asc, a.id asc")
	List<Article> findPublicNewerThan(Instant at, long id, Instant now, Limit limit);

	@Query(value = "select distinct cast(extract(year from published_at at time zone 'Africa/Casablanca') as integer) as y "
			+ "from article where status = 'PUBLISHED' and published_at <= :now order by y desc", nativeQuery = true)
	List<Integer> findPublicYears(Instant now);

	/** The current slug of a public article that once had {@code slug}, for a 301. */
	@Query(value = "select t.slug from article_slug_alias alias "
			+ "join article_translation t on t.article_id = alias.article_id and t.language = alias.language "
			+ "join article a on a.id = alias.article_id "
			+ "where alias.language = :language and alias.slug = :slug and a.status = 'PUBLISHED' and a.published_at <= :now",
			nativeQuery = true)
	Optional<String> findCurrentSlugOfAlias(String language, String slug, Instant now);
	/** A year of the archive: a row of {@link #findPublicYearCounts}. */
	interface YearRow {

		int getYear();

		long getCount();

	}

	/**
	 * Years with public news (in Morocco's time zone), newest first, with their number of
	 * articles; only those translated into {@code language} unless {@code everyLanguage}.
	 */
	@Query(value = "select cast(extract(year from a.published_at at time zone 'Africa/Casablanca') as integer) as year, "
			+ "count(*) as count from article a where a.status = 'PUBLISHED' and a.published_at <= :now "
			+ "and (:everyLanguage or exists (select 1 from article_translation t where t.article_id = a.id "
			+ "and t.language = :language)) group by 1 order by 1 desc", nativeQuery = true)
	List<YearRow> findPublicYearCounts(Instant now, String language, boolean everyLanguage);

	@Query("select distinct a from Article a join fetch a.partners where " + PUBLIC_AT_NOW
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findPublicNamingPartners(Instant now);

}
