package ma.oim.site.pages;

import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new PageTree(this.pages.findAllWithTranslations());
		}
		PageTree tree = (PageTree) request.getAttribute(TREE_OF_THE_REQUEST, RequestAttributes.SCOPE_REQUEST);
		if (tree == null) {
			tree = new PageTree(this.pages.findAllWithTranslations());
			request.setAttribute(TREE_OF_THE_REQUEST, tree, RequestAttributes.SCOPE_REQUEST);
		}
		return tree;
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
