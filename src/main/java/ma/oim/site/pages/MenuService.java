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

	static List<MenuItem> items(PageTree tree, List<Page> pages, Language language) {
		return pages.stream().flatMap((page) -> item(tree, page, language).stream()).toList();
	}

	private static Optional<MenuItem> item(PageTree tree, Page page, Language language) {
		return page.text(language)
			.map((text) -> new MenuItem(text.getTitle(),
					page.isExternal() ? page.getExternalUrl() : SitePaths.page(language, text.getPath()),
					page.isExternal(), items(tree, tree.children(page.getId()), language)));
	}

}
