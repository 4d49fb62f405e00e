package ma.oim.site.news;

import java.time.Clock;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;

/**
 * Press releases as the public sees them: articles of the kind PRESS_RELEASE that are
 * public ({@link PublicArticle}), newest first. Their embargo is their publication time,
 * which "public" already waits for.
 */
@Service
class PublicPressReleases {

	static final int PAGE_SIZE = 10;

	private final KindLists lists;

	private final Clock clock;

	PublicPressReleases(KindLists lists, Clock clock) {
		this.lists = lists;
		this.clock = clock;
	}

	/** A page of the list, newest first; past its last page is not found. */
	KindLists.Page list(Language language, PageNumber page) {
		return this.lists.page(ArticleKind.PRESS_RELEASE, "true", "a.published_at desc, a.id desc", language, page,
				PAGE_SIZE, SitePaths.pressReleases(language), this.clock.instant());
	}

}
