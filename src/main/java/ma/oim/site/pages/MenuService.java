package ma.oim.site.pages;

import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;

/** The main menu, built from the page tree, so editors change it by editing pages. */
@Service
public class MenuService {

	private final PageService pages;

	MenuService(PageService pages) {
		this.pages = pages;
	}

	public List<MenuItem> menu(Language language) {
		PageTree tree = this.pages.tree();
		return items(tree, tree.roots(), language);
	}

	static List<MenuItem> items(PageTree tree, List<PageNode> pages, Language language) {
		return pages.stream().flatMap((page) -> item(tree, page, language).stream()).toList();
	}

	private static Optional<MenuItem> item(PageTree tree, PageNode page, Language language) {
		return page.text(language)
			.map((text) -> new MenuItem(text.title(),
					page.isExternal() ? page.externalUrl() : SitePaths.page(language, text.path()),
					page.isExternal(), items(tree, tree.children(page.id()), language)));
	}

}
