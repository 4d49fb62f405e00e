package ma.oim.site.news;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The news as the public sees it, in the reader's language. What is public is decided at
 * query time from the injected clock ({@link PublicArticle}): a scheduled article
 * appears when its time comes, with no job.
 *
 * <p>An article's page and the feeds are built from entities inside a read transaction
 * (open-in-view is off), lazy collections fetched in batches. Lists are cards read by
 * JDBC ({@link ArticleCards}), statement by statement, without a transaction: around a
 * single statement a transaction only adds a round trip, and an article deleted between
 * two statements simply has no card.
 */
@Service
public class PublicNews {

	public static final int PAGE_SIZE = 10;

	/** Related news under an article. */
	public static final int RELATED_COUNT = 3;

	/** News listed under each partner on the partners page. */
	public static final int PARTNER_NEWS = 10;

	public record ListPage(List<ArticleCard> cards, Pagination pagination, long totalArticles) {
	}

	/** The newest news naming a partner, and how many name it in all. */
	public record PartnerNews(List<ArticleCard> latest, long total) {

		public static final PartnerNews NONE = new PartnerNews(List.of(), 0);

	}

	private final ArticleRepository articles;

	private final PublicArticleIds ids;

	private final ArticleCounts counts;

	private final ArticleCards cards;

	private final ArticleLocations locations;

	private final ArticleSlugAliases aliases;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	private final Clock clock;

	private final boolean listUntranslated;

	PublicNews(ArticleRepository articles, PublicArticleIds ids, ArticleCounts counts, ArticleCards cards,
			ArticleLocations locations, ArticleSlugAliases aliases, AxisLinks axes, PartnerDirectory partners,
			Clock clock, @Value("${oim.news.list-untranslated:true}") boolean listUntranslated) {
		this.articles = articles;
		this.ids = ids;
		this.counts = counts;
		this.cards = cards;
		this.locations = locations;
		this.aliases = aliases;
		this.axes = axes;
		this.partners = partners;
		this.clock = clock;
		this.listUntranslated = listUntranslated;
	}

	/**
	 * The filter a visitor's query names.
	 * @throws BadRequestException for a slug of no axis or a year no news can have
	 */
	public NewsFilter filter(Language language, NewsListQuery query) {
		Integer year = query.year();
		if (year != null && !NewsFilter.isPlausibleYear(year, this.clock)) {
			throw new BadRequestException();
		}
		return new NewsFilter(this.axes.filter(language, query.axis()), year, null);
	}

	/**
	 * A page of a list; past its last page is not found.
	 * @param listPath the list's URL with its filters, to which page links add "page"
	 */
	public ListPage listPage(Language language, NewsFilter filter, PageNumber page, UriComponentsBuilder listPath) {
		return listPage(language, filter, page, listPath, this.counts.count(shownIn(language, filter), now()));
	}

	/**
	 * The news list beside its {@link #archive archive}: without an axis, the list holds
	 * the articles the archive counts (all of them, or a year's), so they are not counted
	 * again.
	 */
	public ListPage listPage(Language language, NewsFilter filter, PageNumber page, UriComponentsBuilder listPath,
			List<YearCount> archive) {
		if (filter.axisId() != null) {
			return listPage(language, filter, page, listPath);
		}
		long total = archive.stream()
			.filter((entry) -> filter.year() == null || entry.year() == filter.year())
			.mapToLong(YearCount::count)
			.sum();
		return listPage(language, filter, page, listPath, total);
	}

	private ListPage listPage(Language language, NewsFilter filter, PageNumber page, UriComponentsBuilder listPath,
			long total) {
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		page.requireWithin(pages);
		List<Long> onPage = this.ids.newest(shownIn(language, filter), now(), page.offset(PAGE_SIZE), PAGE_SIZE);
		return new ListPage(this.cards.of(onPage, language, now()), Pagination.of(page.value(), pages, listPath), total);
	}

	public List<ArticleCard> latest(Language language, int count) {
		return this.cards.of(this.ids.newest(shownIn(language, NewsFilter.ALL), now(), 0, count), language, now());
	}

	/**
	 * An article, with the cards of the news around it read in one statement, which gives
	 * the ids of its axes and partners too: they are named from {@link AxisLinks}, which
	 * the cards read anyway, and the {@link PartnerDirectory}.
	 */
	@Transactional(readOnly = true)
	public Optional<ArticleView> article(Language language, String slug) {
		Instant now = now();
		return this.articles.findPublicBySlug(language, slug, now).map((article) -> {
			PublicArticleIds.Neighbours around = this.ids.around(article, shownIn(language, NewsFilter.ALL).language(),
					now, RELATED_COUNT);
			Map<Long, ArticleCard> cardsById = this.cards.byId(around.ids(), language, now);
			List<AxisLink> axes = this.axes.of(around.axisIds(), language);
			return ArticleView.of(article, language, axes, this.partners.links(around.partnerIds(), language),
					around.newer().map(cardsById::get), around.older().map(cardsById::get),
					cards(around.related(), cardsById), now);
		});
	}

	/** Where an old slug of a public article leads now. */
	public Optional<String> currentSlugOfAlias(Language language, String slug) {
		return this.aliases.currentSlugOfPublic(language, slug, now());
	}

	/** The archive: years with news listed in this language, newest first, with their counts. */
	public List<YearCount> archive(Language language) {
		return this.counts.years(shownIn(language, NewsFilter.ALL).language(), now());
	}

	/**
	 * The newest articles for a feed in this language: those its lists show.
	 * @param axisId only this axis's news, or all when null
	 */
	@Transactional(readOnly = true)
	public List<FeedEntry> feed(Language language, Long axisId, int count) {
		Instant now = now();
		List<Long> newest = this.ids.newest(shownIn(language, new NewsFilter(axisId, null, null)), now, 0, count);
		Map<Long, Article> byId = this.articles.findAllById(newest)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return newest.stream()
			.map(byId::get)
			.filter(Objects::nonNull)
			.map((article) -> FeedEntry.of(article, language, now))
			.toList();
	}

	/** The public articles of a year (in Morocco) with their path in each of their languages, for the sitemap. */
	public List<ArticleLocation> locations(int year) {
		return this.locations.publicAt(now(), year);
	}

	/**
	 * For each partner id, the {@value #PARTNER_NEWS} newest news naming that partner: the
	 * partners page stays the same size, however many articles there are.
	 */
	public Map<Long, PartnerNews> byPartner(Language language) {
		Map<Long, PublicArticleIds.PartnerNews> latest = this.ids
			.latestByPartner(shownIn(language, NewsFilter.ALL).language(), now(), PARTNER_NEWS);
		Map<Long, ArticleCard> cardsById = this.cards.byId(
				latest.values().stream().flatMap((news) -> news.latest().stream()).distinct().toList(), language,
				now());
		Map<Long, PartnerNews> byPartner = new LinkedHashMap<>();
		latest.forEach((partner, news) -> byPartner.put(partner,
				new PartnerNews(cards(news.latest(), cardsById), news.total())));
		return byPartner;
	}

	/** The cards of these ids, in this order; an article deleted meanwhile is left out. */
	private static List<ArticleCard> cards(List<Long> ids, Map<Long, ArticleCard> cardsById) {
		return ids.stream().map(cardsById::get).filter(Objects::nonNull).toList();
	}

	/** On English lists, French-only articles are shown marked, or left out (a setting). */
	private NewsFilter shownIn(Language language, NewsFilter filter) {
		return (this.listUntranslated || language == Language.record()) ? filter
				: new NewsFilter(filter.axisId(), filter.year(), language);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
