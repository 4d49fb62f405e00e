package ma.oim.site.news;

import java.time.Instant;
import java.util.Optional;

import ma.oim.site.i18n.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The slugs articles had before: an old address answers 301 to the current one, and no
 * other article may take a slug that an article still answers to.
 */
@Repository
class ArticleSlugAliases {

	private final JdbcClient jdbc;

	ArticleSlugAliases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The article that answers to {@code slug} in this language, by its slug or an old one. */
	Optional<Long> owner(Language language, String slug) {
		return this.jdbc
			.sql("select article_id from article_translation where language = :language and slug = :slug "
					+ "union select article_id from article_slug_alias where language = :language and slug = :slug")
			.param("language", language.code())
			.param("slug", slug)
			.query(Long.class)
			.stream()
			.findFirst();
	}

	/** Keeps {@code previous} as an alias when an article's slug changes to {@code current}. */
	void renamed(long articleId, Language language, String previous, String current) {
		if (previous != null && !previous.equals(current)) {
			this.jdbc
				.sql("insert into article_slug_alias (language, slug, article_id) values (?, ?, ?) "
						+ "on conflict (language, slug) do update set article_id = excluded.article_id")
				.params(language.code(), previous, articleId)
				.update();
		}
		if (current != null) {
			this.jdbc.sql("delete from article_slug_alias where language = ? and slug = ?")
				.params(language.code(), current)
				.update();
		}
	}

	/** Where an old slug of a public article leads now. */
	Optional<String> currentSlugOfPublic(Language language, String slug, Instant now) {
		return this.jdbc.sql("""
				select t.slug from article_slug_alias alias
				join article_translation t on t.article_id = alias.article_id and t.language = alias.language
				join article a on a.id = alias.article_id
				where alias.language = :language and alias.slug = :slug and %s and %s
				""".formatted(PublicArticle.SQL, PublicArticle.TRANSLATION_SQL))
			.param("language", language.code())
			.param("slug", slug)
			.param("now", PublicArticleIds.utc(now))
			.query(String.class)
			.optional();
	}

}
