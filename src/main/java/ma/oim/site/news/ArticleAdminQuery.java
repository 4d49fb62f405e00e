package ma.oim.site.news;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import ma.oim.site.i18n.Language;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The back office's article list: by state (draft, scheduled, published, expired, withdrawn), by
 * language ("fr-only" for those still to translate, "out-of-date" for those with a
 * translation to check) and by words of the title.
 */
public record ArticleAdminQuery(String state, String language, String title) {

	private static final Set<String> STATES = Set.of("draft", "scheduled", "published", "expired", "withdrawn");

	/** Days ahead in which the dashboard lists the articles that expire. */
	static final int EXPIRING_DAYS = 7;

	/** Besides a language's code: only in the language of record, still to translate. */
	private static final String RECORD_ONLY = "fr-only";

	/** Besides a language's code: with a translation out of date. */
	static final String OUT_OF_DATE = "out-of-date";

	private static final int MAX_TITLE = 300;

	/** An empty filter, as a form sends it, is no filter. */
	public ArticleAdminQuery {
		state = (state == null || state.isEmpty()) ? null : state;
		language = (language == null || language.isEmpty()) ? null : language;
	}

	/** Whether each filter is one the list knows. */
	boolean isValid() {
		return (this.state == null || STATES.contains(this.state))
				&& (this.language == null || RECORD_ONLY.equals(this.language) || OUT_OF_DATE.equals(this.language)
						|| Language.fromCode(this.language).isPresent())
				&& (this.title == null || this.title.length() <= MAX_TITLE);
	}

	/** The list's address with these filters, for its pagination links. */
	UriComponentsBuilder listPath() {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath("/admin/articles");
		if (this.state != null) {
			path.queryParam("state", this.state);
		}
		if (this.language != null) {
			path.queryParam("language", this.language);
		}
		if (this.title != null && !this.title.isBlank()) {
			path.queryParam("title", this.title);
		}
		return path;
	}

	Specification<Article> toSpecification(Instant now) {
		Specification<Article> spec = Specification.unrestricted();
		if (state != null) {
			spec = spec.and(switch (this.state) {
				case "draft" -> (root, query, cb) -> cb.equal(root.get("status"), ArticleStatus.DRAFT);
				case "withdrawn" -> (root, query, cb) -> cb.equal(root.get("status"), ArticleStatus.WITHDRAWN);
				case "scheduled" -> (root, query, cb) -> cb.and(cb.equal(root.get("status"), ArticleStatus.PUBLISHED),
						cb.greaterThan(root.<Instant>get("publishedAt"), now));
				case "published" -> (root, query, cb) -> cb.and(cb.equal(root.get("status"), ArticleStatus.PUBLISHED),
						cb.lessThanOrEqualTo(root.<Instant>get("publishedAt"), now),
						cb.or(cb.isNull(root.get("expiresAt")), cb.greaterThan(root.<Instant>get("expiresAt"), now)));
				case "expired" -> (root, query, cb) -> cb.and(cb.equal(root.get("status"), ArticleStatus.PUBLISHED),
						cb.lessThanOrEqualTo(root.<Instant>get("expiresAt"), now));
				case "expiring" -> (root, query, cb) -> cb.and(cb.equal(root.get("status"), ArticleStatus.PUBLISHED),
						cb.greaterThan(root.<Instant>get("expiresAt"), now),
						cb.lessThanOrEqualTo(root.<Instant>get("expiresAt"), now.plus(java.time.Duration.ofDays(EXPIRING_DAYS))));
				default -> throw new IllegalArgumentException(this.state);
			});
		}
		if (RECORD_ONLY.equals(this.language)) {
			for (Language other : Language.values()) {
				if (!other.isRecord()) {
					spec = spec.and((root, query, cb) -> cb.not(anyText(root, query, cb,
							(texts) -> cb.equal(texts.key(), other))));
				}
			}
		}
		else if (OUT_OF_DATE.equals(this.language)) {
			spec = spec.and((root, query, cb) -> anyText(root, query, cb,
					(texts) -> cb.isTrue(texts.value().get("outOfDate"))));
		}
		else if (this.language != null) {
			Language wanted = Language.fromCode(this.language).orElseThrow();
			spec = spec.and((root, query, cb) -> anyText(root, query, cb, (texts) -> cb.equal(texts.key(), wanted)));
		}
		if (this.title != null && !this.title.isBlank()) {
			String pattern = "%" + this.title.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			spec = spec.and((root, query, cb) -> anyText(root, query, cb,
					(texts) -> cb.like(cb.lower(texts.value().get("title")), pattern, '\\')));
		}
		return spec;
	}

	/** The article has a text (any language) that meets the condition. */
	private static Predicate anyText(Root<Article> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			Function<MapJoin<Article, Language, ArticleText>, Predicate> condition) {
		Subquery<Long> sub = query.subquery(Long.class);
		Root<Article> other = sub.from(Article.class);
		MapJoin<Article, Language, ArticleText> texts = other.joinMap("translations");
		sub.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")), condition.apply(texts));
		return cb.exists(sub);
	}

}
