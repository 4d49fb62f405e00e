package ma.oim.site.news;

import java.time.Clock;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;

/**
 * Calls (jobs, consultancies, tenders) as the public sees them: articles of the kind CALL
 * that are public ({@link PublicArticle}). The open ones, soonest deadline first, and the
 * closed ones, latest deadline first, on a page of their own. Open or closed is decided at
 * query time from the injected clock, with no job; the page cache learns the deadlines
 * from {@link EventAndCallTimes}.
 */
@Service
class PublicCalls {

	static final int PAGE_SIZE = 10;

	private static final String OPEN = "a.deadline > :now";

	private static final String CLOSED = "a.deadline <= :now";

	private final KindLists lists;

	private final Clock clock;

	PublicCalls(KindLists lists, Clock clock) {
		this.lists = lists;
		this.clock = clock;
	}

	/** A page of the open calls, soonest deadline first; past its last page is not found. */
	KindLists.Page open(Language language, PageNumber page) {
		return this.lists.page(ArticleKind.CALL, OPEN, "a.deadline asc, a.id asc", language, page, PAGE_SIZE,
				SitePaths.calls(language), this.clock.instant());
	}

	/** A page of the closed calls, latest deadline first. */
	KindLists.Page closed(Language language, PageNumber page) {
		return this.lists.page(ArticleKind.CALL, CLOSED, "a.deadline desc, a.id desc", language, page, PAGE_SIZE,
				SitePaths.callsClosed(language), this.clock.instant());
	}

}
