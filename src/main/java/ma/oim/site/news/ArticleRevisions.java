package ma.oim.site.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every save of an article, kept as a snapshot in JSON, to show or restore. */
@Repository
class ArticleRevisions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ArticleRevisions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The id the next revision kept will have: a save records it in the translations it
	 * writes before the revision itself can be written (which needs the article's id).
	 */
	long reserve() {
		return this.jdbc.sql("select nextval(pg_get_serial_sequence('article_revision', 'id'))")
			.query(Long.class)
			.single();
	}

	/** Keeps the revision {@link #reserve reserved} as {@code id}. */
	void keep(long id, long articleId, ArticleSnapshot snapshot, String actor, Instant savedAt) {
		this.jdbc
			.sql("insert into article_revision (id, article_id, saved_at, saved_by, content) overriding system value "
					+ "values (?, ?, ?, ?, ?::jsonb)")
			.params(id, articleId, PublicArticleIds.utc(savedAt), actor, this.json.writeValueAsString(snapshot))
			.update();
	}

	/** The newest revision of the article, which holds its French as it is now. */
	Optional<ArticleRevision> latest(long articleId) {
		return this.jdbc
			.sql("select id, saved_at, saved_by, content from article_revision where article_id = ? order by id desc limit 1")
			.param(articleId)
			.query(this::revision)
			.optional();
	}

	/** The newest revision saved while the article was published: its last published version. */
	Optional<ArticleRevision> latestPublished(long articleId) {
		return this.jdbc.sql("""
				select id, saved_at, saved_by, content from article_revision
				where article_id = ? and content ->> 'status' = 'PUBLISHED' order by id desc limit 1""")
			.param(articleId)
			.query(this::revision)
			.optional();
	}

	/** Newest first. */
	List<ArticleRevision> of(long articleId) {
		return this.jdbc
			.sql("select id, saved_at, saved_by, content from article_revision where article_id = ? order by id desc")
			.param(articleId)
			.query(this::revision)
			.list();
	}

	Optional<ArticleRevision> find(long articleId, long revisionId) {
		return this.jdbc
			.sql("select id, saved_at, saved_by, content from article_revision where article_id = ? and id = ?")
			.params(articleId, revisionId)
			.query(this::revision)
			.optional();
	}

	private ArticleRevision revision(ResultSet row, int number) throws SQLException {
		return new ArticleRevision(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
				this.json.readValue(row.getString(4), ArticleSnapshot.class));
	}

}
