package ma.oim.site.pages;

import java.util.List;
import java.util.Optional;

import ma.oim.site.content.DocumentLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The organisation pages as the public site shows them: the tree, the main menu built
 * from it (editors change the menu by editing pages), the introduction of the home page.
 * The tree is small (a dozen pages): it is read whole, once per web request.
 */
@Service
public class OrganisationPages {

	private final PageNodes pages;

	private final PageTreeOfRequest ofRequest;

	private final DocumentLinks documents;

	OrganisationPages(PageNodes pages, PageTreeOfRequest ofRequest, DocumentLinks documents) {
		this.documents = documents;
		this.pages = pages;
		this.ofRequest = ofRequest;
	}

	/**
	 * The pages visitors see. Read once per web request (the menu and the page shown both
	 * need it); outside one, at each call.
	 */
	public PageTree tree() {
		return everyPage().visibleToVisitors();
	}

	/** Every page, hidden ones included: the back office's tree. */
	public PageTree everyPage() {
		return (RequestContextHolder.getRequestAttributes() != null) ? this.ofRequest.get(this::read) : read();
	}

	public List<MenuItem> menu(Language language) {
		PageTree tree = tree();
		return items(tree, tree.roots(), language);
	}

	/** The first page of the menu ("Qui sommes nous"), whose text opens the home page. */
	public Optional<PageIntro> intro(Language language) {
		return tree().roots()
			.stream()
			.findFirst()
			.flatMap((page) -> page.text(language))
			.map((text) -> new PageIntro(text.title(), this.documents.shown(text.bodyHtml()),
					SitePaths.page(language, text.path())));
	}

	/** The menu entries of these pages and their descendants, in this language; untranslated pages are left out. */
	static List<MenuItem> items(PageTree tree, List<PageNode> pages, Language language) {
		return pages.stream().flatMap((page) -> item(tree, page, language).stream()).toList();
	}

	private static Optional<MenuItem> item(PageTree tree, PageNode page, Language language) {
		return page.text(language)
			.map((text) -> new MenuItem(text.title(),
					page.isExternal() ? page.externalUrl() : SitePaths.page(language, text.path()),
					page.isExternal(), items(tree, tree.children(page.id()), language)));
	}

	private PageTree read() {
		return new PageTree(this.pages.all());
	}

}
