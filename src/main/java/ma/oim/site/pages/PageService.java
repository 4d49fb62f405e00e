package ma.oim.site.pages;

import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.RequestMemo;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;

/** Reads the organisation pages. The tree is small (a dozen pages): it is read whole. */
@Service
public class PageService {

	private static final String TREE_OF_THE_REQUEST = PageService.class.getName() + ".tree";

	private final PageRepository pages;

	PageService(PageRepository pages) {
		this.pages = pages;
	}

	/**
	 * The tree, read once per web request: the menu of every page and the page shown (home
	 * intro, organisation page) both need it. Its pages and texts are fully loaded by the
	 * repository's own read transaction, so a request that reuses it opens none.
	 */
	public PageTree tree() {
		return RequestMemo.get(TREE_OF_THE_REQUEST, () -> new PageTree(this.pages.findAllWithTranslations()));
	}

	/** The first page of the menu ("Qui sommes nous"), whose text opens the home page. */
	public Optional<PageIntro> intro(Language language) {
		return tree().roots()
			.stream()
			.findFirst()
			.flatMap((page) -> page.text(language))
			.map((text) -> new PageIntro(text.getTitle(), text.getBodyHtml(), SitePaths.page(language, text.getPath())));
	}

}
