package ma.oim.site.news;

import java.time.Instant;
import java.util.Optional;

import ma.oim.site.i18n.Language;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	/** With everything the editor shows of it. */
	@EntityGraph(attributePaths = { "translations", "axisIds", "partnerIds", "featuredImage" })
	Optional<Article> findWithDetailsById(long id);

	/** With its texts, which the page shows (one statement fewer); the text in this language public too. */
	@Query("select a from Article a join a.translations t left join fetch a.translations "
			+ "where key(t) = :language and t.slug = :slug and " + PublicArticle.JPQL + " and "
			+ PublicArticle.TRANSLATION_JPQL)
	Optional<Article> findPublicBySlug(Language language, String slug, Instant now);

}
