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

	private final PageNodes pages;

	PageService(PageNodes pages) {
		this.pages = pages;
	}

	/**
	 * The tree, read once per web request: the menu of every page and the page shown (home
	 * intro, organisation page) both need it.
	 */
	public PageTree tree() {
		return RequestMemo.get(TREE_OF_THE_REQUEST, () -> new PageTree(this.pages.all()));
	}

	/** The first page of the menu ("Qui sommes nous"), whose text opens the home page. */
	public Optional<PageIntro> intro(Language language) {
		return tree().roots()
			.stream()
			.findFirst()
			.flatMap((page) -> page.text(language))
			.map((text) -> new PageIntro(text.title(), text.bodyHtml(), SitePaths.page(language, text.path())));
	}

}
