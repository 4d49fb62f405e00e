package ma.oim.site.news;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.oim.site.axes.ThematicAxis;
import ma.oim.site.i18n.Language;
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
 * The news as pages show it, in the reader's language. Views are built inside the
 * read transaction (open-in-view is off), with lazy collections fetched in batches.
 */
@Component
@Transactional(readOnly = true)
public class PublicNews {

	public static final int PAGE_SIZE = 10;

	/** Related news under an article. */
	public static final int RELATED_COUNT = 3;

	/** News listed under each partner on the partners page. */
	public static final int PARTNER_NEWS = 10;

	public record ListPage(List<ArticleCard> cards, Pagination pagination, long totalArticles) {
	}

	private final NewsService news;

	private final boolean listUntranslated;

	PublicNews(NewsService news, @Value("${oim.news.list-untranslated:true}") boolean listUntranslated) {
		this.news = news;
		this.listUntranslated = listUntranslated;
	}

	/**
	 * @param pageNumber 1-based; below 1 is a bad request, past the last page not found
	 * @param listPath the list's URL with its filters, to which page links add "page"
	 */
	public ListPage listPage(Language language, NewsFilter filter, int pageNumber, UriComponentsBuilder listPath) {
		if (pageNumber < 1) {
			throw new BadRequestException();
		}
		Page<Article> page = this.news.publicArticles(shownIn(language, filter), PageRequest.of(pageNumber - 1, PAGE_SIZE));
		if (pageNumber > 1 && pageNumber > page.getTotalPages()) {
			throw new NotFoundException();
		}
		return new ListPage(ArticleCard.of(page.getContent(), language),
				Pagination.of(pageNumber, Math.max(1, page.getTotalPages()), listPath), page.getTotalElements());
	}

	public List<ArticleCard> latest(Language language, int count) {
		return ArticleCard.of(this.news.latestPublic(shownIn(language, NewsFilter.ALL), count), language);
	}

	/**
	 * Every article the page shows is read before any of them is turned into a view, so
	 * that their translations, axes and images are each read in one batch for all.
	 */
	public Optional<ArticleView> article(Language language, String slug) {
		return this.news.publicArticle(language, slug).map((article) -> {
			Optional<Article> newer = this.news.newerThan(article);
			Optional<Article> older = this.news.olderThan(article);
			List<Article> related = this.news.related(article, shownIn(language, NewsFilter.ALL).language(),
					RELATED_COUNT);
			return ArticleView.of(article, language, newer.map((card) -> ArticleCard.of(card, language)),
					older.map((card) -> ArticleCard.of(card, language)), ArticleCard.of(related, language));
		});
	}

	/** The archive: years with news listed in this language, newest first, with their counts. */
	public List<YearCount> archive(Language language) {
		return this.news.yearCounts(shownIn(language, NewsFilter.ALL).language());
	}

	/**
	 * The newest articles for a feed in this language: those its lists show.
	 * @param axis only this axis's news, or all when null
	 */
	public List<FeedEntry> feed(Language language, ThematicAxis axis, int count) {
		return this.news.latestPublic(shownIn(language, new NewsFilter(axis, null, null)), count)
			.stream()
			.map((article) -> FeedEntry.of(article, language))
			.toList();
	}

	/** Every public article with its path in each of its languages, for the sitemap. */
	public List<ArticleLocation> locations() {
		return this.news.allPublic().stream().map(ArticleLocation::of).toList();
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
		Map<Long, PartnerNews> byPartner = new LinkedHashMap<>();
		this.news.latestByPartner(shownIn(language, NewsFilter.ALL).language(), PARTNER_NEWS)
			.forEach((partner, news) -> byPartner.put(partner,
					new PartnerNews(ArticleCard.of(news.latest(), language), news.total())));
		return byPartner;
	}

	/** On English lists, French-only articles are shown marked, or left out (a setting). */
	private NewsFilter shownIn(Language language, NewsFilter filter) {
		return (this.listUntranslated || language == Language.FR) ? filter
				: new NewsFilter(filter.axis(), filter.year(), language);
	}


}
