package ma.oim.site.news;

import java.time.Clock;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;

/**
 * Press releases and stories as the public sees them: articles of the kind PRESS_RELEASE
 * or STORY that are public ({@link PublicArticle}), newest first. A press release's embargo
 * is its publication time, which "public" already waits for.
 */
@Service
class PublicPressReleases {

	static final int PAGE_SIZE = 10;

	private static final String NEWEST_FIRST = "a.published_at desc, a.id desc";

	private final KindLists lists;

	private final Clock clock;

	PublicPressReleases(KindLists lists, Clock clock) {
		this.lists = lists;
		this.clock = clock;
	}

	/** A page of the list, newest first; past its last page is not found. */
	KindLists.Page list(Language language, PageNumber page) {
		return this.lists.page(ArticleKind.PRESS_RELEASE, "true", NEWEST_FIRST, language, page, PAGE_SIZE,
				SitePaths.pressReleases(language), this.clock.instant());
	}

	/** A page of the stories (long-form articles with a lead image), newest first. */
	KindLists.Page stories(Language language, PageNumber page) {
		return this.lists.page(ArticleKind.STORY, "true", NEWEST_FIRST, language, page, PAGE_SIZE,
				SitePaths.stories(language), this.clock.instant());
	}

}
