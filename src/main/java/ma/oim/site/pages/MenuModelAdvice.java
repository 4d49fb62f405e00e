package ma.oim.site.pages;

import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The main menu comes from the page tree, so editors change it by editing pages. */
@ControllerAdvice
class MenuModelAdvice {

	private final PageService pages;

	MenuModelAdvice(PageService pages) {
		this.pages = pages;
	}

	@ModelAttribute("menu")
	List<MenuItem> menu(Language language) {
		PageTree tree = this.pages.tree();
		return items(tree, tree.roots(), language);
	}

	private static List<MenuItem> items(PageTree tree, List<Page> pages, Language language) {
		return pages.stream().flatMap((page) -> item(tree, page, language).stream()).toList();
	}

	private static Optional<MenuItem> item(PageTree tree, Page page, Language language) {
		return page.text(language).map((text) -> new MenuItem(text.getTitle(),
				page.isExternal() ? page.getExternalUrl() : SitePaths.page(language, text.getPath()),
				page.isExternal(), items(tree, tree.children(page.getId()), language)));
	}

}
