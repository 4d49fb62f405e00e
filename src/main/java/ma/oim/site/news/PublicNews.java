package ma.oim.site.news;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.partners.PartnerLinks;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.Pagination;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The news as pages show it, in the reader's language. An article's page and the feeds
 * are built from entities inside a read transaction (open-in-view is off), lazy
 * collections fetched in batches. Lists are cards read by JDBC ({@link ArticleCards}),
 * statement by statement, without a transaction: an article deleted between the
 * statements has no card.
 */
@Component
public class PublicNews {

	public static final int PAGE_SIZE = 10;

	/** Related news under an article. */
	public static final int RELATED_COUNT = 3;

	/** News listed under each partner on the partners page. */
	public static final int PARTNER_NEWS = 10;

	public record ListPage(List<ArticleCard> cards, Pagination pagination, long totalArticles) {
	}

	private final NewsService news;

	private final ArticleCards cards;

	private final AxisLinks axes;

	private final PartnerLinks partners;

	private final boolean listUntranslated;

	PublicNews(NewsService news, ArticleCards cards, AxisLinks axes, PartnerLinks partners,
			@Value("${oim.news.list-untranslated:true}") boolean listUntranslated) {
		this.news = news;
		this.cards = cards;
		this.axes = axes;
		this.partners = partners;
		this.listUntranslated = listUntranslated;
	}

	/**
	 * @param pageNumber 1-based; below 1 is a bad request, past the last page not found
	 * @param listPath the list's URL with its filters, to which page links add "page"
	 */
	public ListPage listPage(Language language, NewsFilter filter, int pageNumber, UriComponentsBuilder listPath) {
		return listPage(language, filter, pageNumber, listPath, OptionalLong.empty());
	}

	/**
	 * The news list beside its {@link #archive archive}: without an axis, the list holds
	 * the articles the archive counts (all of them, or a year's), so they are not counted
	 * again (one statement of six fewer).
	 */
	public ListPage listPage(Language language, NewsFilter filter, int pageNumber, UriComponentsBuilder listPath,
			List<YearCount> archive) {
		OptionalLong total = (filter.axisId() != null) ? OptionalLong.empty()
				: OptionalLong.of(archive.stream()
					.filter((entry) -> filter.year() == null || entry.year() == filter.year())
					.mapToLong(YearCount::count)
					.sum());
		return listPage(language, filter, pageNumber, listPath, total);
	}

	private ListPage listPage(Language language, NewsFilter filter, int pageNumber, UriComponentsBuilder listPath,
			OptionalLong total) {
		if (pageNumber < 1) {
			throw new BadRequestException();
		}
		PageRequest request = PageRequest.of(pageNumber - 1, PAGE_SIZE);
		NewsFilter shown = shownIn(language, filter);
		Page<Long> page = total.isPresent() ? this.news.publicArticleIds(shown, request, total.getAsLong())
				: this.news.publicArticleIds(shown, request);
		if (pageNumber > 1 && pageNumber > page.getTotalPages()) {
			throw new NotFoundException();
		}
		return new ListPage(this.cards.of(page.getContent(), language),
				Pagination.of(pageNumber, Math.max(1, page.getTotalPages()), listPath), page.getTotalElements());
	}

	public List<ArticleCard> latest(Language language, int count) {
		return this.cards.of(this.news.latestPublicIds(shownIn(language, NewsFilter.ALL), count), language);
	}

	/**
	 * An article, with the cards of the news around it read in one statement, which gives
	 * its axes' ids too; they are named from {@link AxisLinks}, which the cards read anyway,
	 * and its partners without entities ({@link PartnerLinks}).
	 */
	@Transactional(readOnly = true)
	public Optional<ArticleView> article(Language language, String slug) {
		return this.news.publicArticle(language, slug).map((article) -> {
			NewsService.Neighbours around = this.news.neighbours(article,
					shownIn(language, NewsFilter.ALL).language(), RELATED_COUNT);
			Map<Long, ArticleCard> cardsById = this.cards.byId(around.ids(), language);
			List<AxisLink> axes = this.axes.of(around.axisIds(), language);
			return ArticleView.of(article, language, axes, this.partners.ofArticle(article.getId(), language),
					around.newer().map(cardsById::get), around.older().map(cardsById::get),
					cards(around.related(), cardsById));
		});
	}

	/** The archive: years with news listed in this language, newest first, with their counts. */
	public List<YearCount> archive(Language language) {
		return this.news.yearCounts(shownIn(language, NewsFilter.ALL).language());
	}

	/**
	 * The newest articles for a feed in this language: those its lists show.
	 * @param axisId only this axis's news, or all when null
	 */
	@Transactional(readOnly = true)
	public List<FeedEntry> feed(Language language, Long axisId, int count) {
		return this.news.latestPublic(shownIn(language, new NewsFilter(axisId, null, null)), count)
			.stream()
			.map((article) -> FeedEntry.of(article, language))
			.toList();
	}

	/** The public articles of a year (in Morocco) with their path in each of their languages, for the sitemap. */
	public List<ArticleLocation> locations(int year) {
		return this.news.publicLocations(year);
	}

	public Optional<String> currentSlugOfAlias(Language language, String slug) {
		return this.news.currentSlugOfAlias(language, slug);
	}

	/** The newest news naming a partner, and how many name it in all. */
	public record PartnerNews(List<ArticleCard> latest, long total) {
	}

	/**
	 * For each partner id, the {@value #PARTNER_NEWS} newest news naming that partner: the
	 * partners page stays the same size, however many articles there are.
	 */
	public Map<Long, PartnerNews> byPartner(Language language) {
		Map<Long, NewsService.PartnerNews> latest = this.news
			.latestByPartner(shownIn(language, NewsFilter.ALL).language(), PARTNER_NEWS);
		Map<Long, ArticleCard> cardsById = this.cards.byId(
				latest.values().stream().flatMap((news) -> news.latest().stream()).distinct().toList(), language);
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
		return (this.listUntranslated || language == Language.FR) ? filter
				: new NewsFilter(filter.axisId(), filter.year(), language);
	}


}
