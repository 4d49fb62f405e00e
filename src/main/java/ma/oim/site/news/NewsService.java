package ma.oim.site.news;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ma.oim.site.i18n.Language;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news as the public sees it. What is public is decided here, at query time, from
 * the injected clock: a scheduled article appears when its time comes, with no job.
 *
 * <p>Reads of entities run in a read-only transaction; the reads in one JDBC statement
 * (ids, counts) run without one: around a single statement a transaction only added a
 * round trip to PostgreSQL and a Hibernate session (docs/performance.md).
 */
@Service
public class NewsService {

	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	private final ArticleRepository articles;

	private final ArticleCounts counts;

	private final PublicArticleIds ids;

	private final ArticleLocations locations;

	private final Clock clock;

	NewsService(ArticleRepository articles, ArticleCounts counts, PublicArticleIds ids, ArticleLocations locations,
			Clock clock) {
		this.articles = articles;
		this.counts = counts;
		this.ids = ids;
		this.locations = locations;
		this.clock = clock;
	}

	/**
	 * A page of a list: the ids of its articles, newest first, and how many the list holds
	 * in all, from the counts PostgreSQL keeps ({@link ArticleCounts}) rather than by
	 * counting the articles.
	 */
	public Page<Long> publicArticleIds(NewsFilter filter, Pageable pageable) {
		Instant now = now();
		return new PageImpl<>(this.ids.newest(filter, now, pageable.getOffset(), pageable.getPageSize()), pageable,
				this.counts.count(filter, now));
	}

	/** The same, for a filter whose number of articles is known already. */
	public Page<Long> publicArticleIds(NewsFilter filter, Pageable pageable, long total) {
		return new PageImpl<>(this.ids.newest(filter, now(), pageable.getOffset(), pageable.getPageSize()), pageable,
				total);
	}

	/** The ids of the newest public articles of a filter, without counting the others (home page). */
	public List<Long> latestPublicIds(NewsFilter filter, int count) {
		return this.ids.newest(filter, now(), 0, count);
	}

	/** The newest public articles of a filter, newest first (feeds). */
	@Transactional(readOnly = true)
	public List<Article> latestPublic(NewsFilter filter, int count) {
		List<Long> ids = latestPublicIds(filter, count);
		Map<Long, Article> byId = this.articles.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Article> publicArticle(Language language, String slug) {
		return this.articles.findPublicBySlug(language, slug, now());
	}

	/**
	 * The ids of the articles around {@code article}: published just after, just before,
	 * and the {@code relatedCount} newest sharing an axis with it, newest first; and the
	 * ids of its own axes, read with them.
	 */
	public record Neighbours(Optional<Long> newer, Optional<Long> older, List<Long> related, List<Long> axisIds) {

		public List<Long> ids() {
			List<Long> ids = new ArrayList<>();
			this.newer.ifPresent(ids::add);
			this.older.ifPresent(ids::add);
			ids.addAll(this.related);
			return ids;
		}

	}

	/** @param language when not null, related news only if translated into it */
	@Transactional(readOnly = true)
	public Neighbours neighbours(Article article, Language language, int relatedCount) {
		List<ArticleRepository.NeighbourRow> rows = this.articles.findPublicNeighbours(article.getId(),
				article.getPublishedAt(), (language != null) ? language.code() : "", language == null, now(),
				relatedCount);
		Map<String, List<Long>> byRole = rows.stream()
			.collect(Collectors.groupingBy(ArticleRepository.NeighbourRow::getRole,
					Collectors.mapping(ArticleRepository.NeighbourRow::getId, Collectors.toList())));
		return new Neighbours(byRole.getOrDefault("newer", List.of()).stream().findFirst(),
				byRole.getOrDefault("older", List.of()).stream().findFirst(), byRole.getOrDefault("related", List.of()),
				byRole.getOrDefault("axis", List.of()));
	}

	/** Where an old slug of a public article leads now. */
	@Transactional(readOnly = true)
	public Optional<String> currentSlugOfAlias(Language language, String slug) {
		return this.articles.findCurrentSlugOfAlias(language.code(), slug, now());
	}

	/**
	 * Years with public news, newest first, with their number of articles.
	 * @param language when not null, only articles translated into it are counted
	 */
	public List<YearCount> yearCounts(Language language) {
		return this.counts.years(language, now());
	}

	/** Where the public articles of a year (in Morocco) live, newest first. */
	public List<ArticleLocation> publicLocations(int year) {
		return this.locations.publicAt(now(), year);
	}

	/** The ids of the newest public articles naming a partner, and how many name it in all. */
	public record PartnerNews(List<Long> latest, long total) {
	}

	/**
	 * For each partner id, its {@code count} newest public articles.
	 * @param language when not null, only articles translated into it
	 */
	@Transactional(readOnly = true)
	public Map<Long, PartnerNews> latestByPartner(Language language, int count) {
		List<ArticleRepository.PartnerNewsRow> rows = this.articles.findLatestNamingEachPartner(now(),
				(language != null) ? language.code() : "", language == null, count);
		Map<Long, PartnerNews> byPartner = new LinkedHashMap<>();
		for (ArticleRepository.PartnerNewsRow row : rows) {
			byPartner.computeIfAbsent(row.getPartnerId(), (id) -> new PartnerNews(new ArrayList<>(), row.getTotal()))
				.latest()
				.add(row.getArticleId());
		}
		return byPartner;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
