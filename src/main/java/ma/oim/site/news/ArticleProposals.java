package ma.oim.site.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The changes proposed to public articles, one per article, kept as the editor's form in JSON. */
@Repository
class ArticleProposals {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ArticleProposals(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Saves the proposal over the article's previous one, if any. */
	void keep(long articleId, ArticleForm form, long baseVersion, String actor, Instant savedAt) {
		this.jdbc.sql("""
				insert into article_proposal (article_id, form, base_version, saved_by, saved_at)
				values (?, ?::jsonb, ?, ?, ?)
				on conflict (article_id) do update set form = excluded.form, base_version = excluded.base_version,
				version = article_proposal.version + 1, saved_by = excluded.saved_by, saved_at = excluded.saved_at""")
			.params(articleId, this.json.writeValueAsString(form), baseVersion, actor, PublicArticleIds.utc(savedAt))
			.update();
	}

	Optional<ArticleProposal> find(long articleId) {
		return this.jdbc
			.sql("select form, base_version, version, saved_by, saved_at from article_proposal where article_id = ?")
			.param(articleId)
			.query((row, number) -> new ArticleProposal(articleId,
					this.json.readValue(row.getString(1), ArticleForm.class), row.getLong(2), row.getInt(3),
					row.getString(4), row.getObject(5, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** @return whether there was one */
	boolean discard(long articleId) {
		return this.jdbc.sql("delete from article_proposal where article_id = ?").param(articleId).update() > 0;
	}

}
