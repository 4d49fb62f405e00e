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

	void keep(long articleId, ArticleSnapshot snapshot, String actor, Instant savedAt) {
		this.jdbc
			.sql("insert into article_revision (article_id, saved_at, saved_by, content) values (?, ?, ?, ?::jsonb)")
			.params(articleId, PublicArticleIds.utc(savedAt), actor, this.json.writeValueAsString(snapshot))
			.update();
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
