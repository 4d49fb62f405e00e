package ma.oim.site.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.MapJoin;

import ma.oim.site.axes.ThematicAxis;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which public articles a list shows.
 *
 * @param axis only articles of this axis, or all when null
 * @param year only articles published this year (in Morocco), or all when null
 * @param language when not null, only articles translated into it
 */
public record NewsFilter(ThematicAxis axis, Integer year, Language language) {

	public static final NewsFilter ALL = new NewsFilter(null, null, null);

	/** IOM was founded in 1951: no news is older. */
	public static final int FIRST_YEAR = 1951;

	/** A year a filter may ask for; any other is a bad request, answered before any query. */
	public static boolean isPlausibleYear(int year, Clock clock) {
		return year >= FIRST_YEAR && year <= Year.now(clock).getValue() + 1;
	}

	Specification<Article> publicAt(Instant now) {
		Specification<Article> spec = (root, query, cb) -> cb.and(
				cb.equal(root.get("status"), ArticleStatus.PUBLISHED),
				cb.lessThanOrEqualTo(root.<Instant>get("publishedAt"), now));
		if (this.axis != null) {
			spec = spec.and((root, query, cb) -> {
				Join<Article, ThematicAxis> axes = root.join("axes");
				return cb.equal(axes.get("id"), this.axis.getId());
			});
		}
		if (this.year != null) {
			Instant from = LocalDate.of(this.year, 1, 1).atStartOfDay(SiteZone.ZONE).toInstant();
			Instant to = LocalDate.of(this.year + 1, 1, 1).atStartOfDay(SiteZone.ZONE).toInstant();
			spec = spec.and((root, query, cb) -> cb.and(cb.greaterThanOrEqualTo(root.get("publishedAt"), from),
					cb.lessThan(root.get("publishedAt"), to)));
		}
		if (this.language != null) {
			spec = spec.and((root, query, cb) -> {
				MapJoin<Article, Language, ArticleText> translations = root.joinMap("translations");
				return cb.equal(translations.key(), this.language);
			});
		}
		return spec;
	}

}
