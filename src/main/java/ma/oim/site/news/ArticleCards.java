package ma.oim.site.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaService;
import ma.oim.site.media.MediaView;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cards of the articles a page lists, read in one statement with what they show: the
 * text in the reader's language (or in French), the ids of their axes. Entities would
 * take four statements (articles, texts with their bodies, axes, names of the axes) and
 * build objects a card does not need.
 */
@Repository
class ArticleCards {

	/**
	 * One row per id, in the order given, with the text in {@code :language} where there
	 * is one public at {@code :now}, otherwise the French one (every article is written in
	 * French; the ids given are of public articles). The axes are
	 * named from {@link AxisLinks}, which every page reads anyway, rather than joined here.
	 */
	private static final String CARDS = """
			select a.id, a.published_at, a.featured_image_id, a.kind, a.starts_at, a.ends_at, a.call_type, a.deadline, coalesce(t.language, fr.language) as language,
			       coalesce(t.slug, fr.slug) as slug, coalesce(t.title, fr.title) as title,
			       coalesce(t.summary, fr.summary) as summary,
			       array(select link.axis_id from article_axis link where link.article_id = a.id) as axis_ids
			from unnest(cast(:ids as bigint[])) with ordinality as chosen(id, position)
			join article a on a.id = chosen.id
			join article_translation fr on fr.article_id = a.id and fr.language = 'fr'
			left join article_translation t on t.article_id = a.id and t.language = :language and %s
			order by chosen.position
			""".formatted(PublicArticle.TRANSLATION_SQL);

	private final JdbcClient jdbc;

	private final MediaService media;

	private final AxisLinks axes;

	ArticleCards(JdbcClient jdbc, MediaService media, AxisLinks axes) {
		this.jdbc = jdbc;
		this.media = media;
		this.axes = axes;
	}

	/** The cards of these articles, in this order, with the texts public at {@code now}. */
	List<ArticleCard> of(List<Long> ids, Language language, Instant now) {
		return List.copyOf(byId(ids, language, now).values());
	}

	/**
	 * The cards of these articles by id, in this order; featured images are read in one
	 * more statement, if any. An article deleted meanwhile has no card.
	 */
	Map<Long, ArticleCard> byId(List<Long> ids, Language language, Instant now) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<CardRow> rows = this.jdbc.sql(CARDS)
			.param("ids", ids.toArray(Long[]::new))
			.param("language", language.code())
			.param("now", PublicArticleIds.utc(now))
			.query((row, number) -> CardRow.of(row))
			.list();
		Map<Long, MediaView> images = this.media.views(
				rows.stream().map(CardRow::imageId).filter(Objects::nonNull).distinct().toList(), language);
		Map<Long, ArticleCard> cards = new LinkedHashMap<>();
		rows.forEach((row) -> cards.put(row.id(), row.card(language, this.axes.of(row.axisIds(), language),
				(row.imageId() != null) ? images.get(row.imageId()) : null, now)));
		return cards;
	}

	private record CardRow(long id, Instant publishedAt, Long imageId, Language textLanguage, String slug, String title,
			String summary, List<Long> axisIds, Instant startsAt, Instant endsAt, CallType callType, Instant deadline, ArticleKind kind) {

		static CardRow of(ResultSet row) throws SQLException {
			long imageId = row.getLong("featured_image_id");
			Long image = row.wasNull() ? null : imageId;
			return new CardRow(row.getLong("id"), row.getObject("published_at", OffsetDateTime.class).toInstant(), image,
					Language.fromCode(row.getString("language")).orElseThrow(), row.getString("slug"),
					row.getString("title"), row.getString("summary"),
					List.of((Long[]) row.getArray("axis_ids").getArray()),
					"EVENT".equals(row.getString("kind")) ? instant(row, "starts_at") : null, instant(row, "ends_at"),
					"CALL".equals(row.getString("kind")) ? CallType.valueOf(row.getString("call_type")) : null,
					instant(row, "deadline"), ArticleKind.valueOf(row.getString("kind")));
		}

		private static Instant instant(ResultSet row, String column) throws SQLException {
			OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
			return (time != null) ? time.toInstant() : null;
		}

		ArticleCard card(Language language, List<AxisLink> axes, MediaView image, Instant now) {
			return new ArticleCard(SitePaths.article(this.textLanguage, this.slug), this.title, this.summary,
					this.textLanguage, SiteZone.isoDateTime(this.publishedAt),
					SiteZone.longDate(this.publishedAt, language), axes, image,
					(this.startsAt != null) ? EventTime.of(this.startsAt, this.endsAt, language, now) : null,
					(this.callType != null) ? CallDeadline.of(this.callType, this.deadline, null, language, now) : null,
					this.kind);
		}

	}

}
