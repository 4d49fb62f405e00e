package ma.oim.site.news;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaService;
import ma.oim.site.media.MediaView;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Cards of the articles a page lists, read in one statement with what they show: the
 * text in the reader's language (or in French), the names of their axes. Loading the
 * articles as entities took four statements (articles, texts with their bodies, axes,
 * names of the axes) and built objects a card does not need.
 */
@Repository
class ArticleCards {

	/**
	 * One row per id, in the order given. Texts and axis names in {@code :language} where
	 * there is one, otherwise in French (as {@link AxisLink#of} for an axis).
	 */
	private static final String CARDS = """
			select a.id, a.published_at, a.featured_image_id, t.language, t.slug, t.title, t.summary,
			       axes.languages as axis_languages, axes.slugs as axis_slugs, axes.names as axis_names,
			       axes.descriptions as axis_descriptions
			from unnest(cast(:ids as bigint[])) with ordinality as chosen(id, position)
			join article a on a.id = chosen.id
			cross join lateral (
			    select t.language, t.slug, t.title, t.summary from article_translation t
			    where t.article_id = a.id and t.language in (:language, 'fr')
			    order by t.language = :language desc limit 1) t
			cross join lateral (
			    select array_agg(x.language order by axis.position) as languages,
			           array_agg(x.slug order by axis.position) as slugs,
			           array_agg(x.name order by axis.position) as names,
			           array_agg(x.description order by axis.position) as descriptions
			    from article_axis link join thematic_axis axis on axis.id = link.axis_id
			    cross join lateral (
			        select x.language, x.slug, x.name, x.description from thematic_axis_translation x
			        where x.axis_id = axis.id and x.language in (:language, 'fr')
			        order by x.language = :language desc limit 1) x
			    where link.article_id = a.id) axes
			order by chosen.position
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final MediaService media;

	ArticleCards(NamedParameterJdbcTemplate jdbc, MediaService media) {
		this.jdbc = jdbc;
		this.media = media;
	}

	/** The cards of these articles, in this order. */
	List<ArticleCard> of(List<Long> ids, Language language) {
		return List.copyOf(byId(ids, language).values());
	}

	/**
	 * The cards of these articles by id, in this order; featured images are read in one
	 * more statement, if any. An article deleted meanwhile has no card.
	 */
	Map<Long, ArticleCard> byId(List<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("ids", ids.toArray(Long[]::new))
			.addValue("language", language.code());
		List<CardRow> rows = this.jdbc.query(CARDS, parameters, (row, number) -> CardRow.of(row));
		Map<Long, MediaView> images = this.media.views(
				rows.stream().map(CardRow::imageId).filter(Objects::nonNull).distinct().toList(), language);
		Map<Long, ArticleCard> cards = new LinkedHashMap<>();
		rows.forEach((row) -> cards.put(row.id(), row.card(language, images)));
		return cards;
	}

	private record CardRow(long id, Instant publishedAt, Long imageId, Language textLanguage, String slug, String title,
			String summary, List<AxisLink> axes) {

		static CardRow of(ResultSet row) throws SQLException {
			long imageId = row.getLong("featured_image_id");
			Long image = row.wasNull() ? null : imageId;
			return new CardRow(row.getLong("id"), row.getObject("published_at", OffsetDateTime.class).toInstant(), image,
					language(row.getString("language")), row.getString("slug"), row.getString("title"),
					row.getString("summary"), axes(row));
		}

		private static List<AxisLink> axes(ResultSet row) throws SQLException {
			String[] languages = strings(row.getArray("axis_languages"));
			String[] slugs = strings(row.getArray("axis_slugs"));
			String[] names = strings(row.getArray("axis_names"));
			String[] descriptions = strings(row.getArray("axis_descriptions"));
			List<AxisLink> axes = new ArrayList<>(slugs.length);
			for (int i = 0; i < slugs.length; i++) {
				axes.add(AxisLink.of(language(languages[i]), slugs[i], names[i], descriptions[i]));
			}
			return axes;
		}

		private static Language language(String code) {
			return Language.fromCode(code).orElseThrow();
		}

		/** An aggregate over no axis is null. */
		private static String[] strings(Array array) throws SQLException {
			return (array != null) ? (String[]) array.getArray() : new String[0];
		}

		ArticleCard card(Language language, Map<Long, MediaView> images) {
			return new ArticleCard(SitePaths.article(this.textLanguage, this.slug), this.title, this.summary,
					this.textLanguage, SiteZone.isoDateTime(this.publishedAt),
					SiteZone.longDate(this.publishedAt, language), this.axes,
					(this.imageId != null) ? images.get(this.imageId) : null);
		}

	}

}
