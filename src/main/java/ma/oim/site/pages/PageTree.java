package ma.oim.site.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import ma.oim.site.i18n.Language;

/** All organisation pages, arranged as the tree the menus and breadcrumbs follow. */
public final class PageTree {

	private final List<Page> pages;

	private final Map<Long, Page> byId;

	PageTree(List<Page> pages) {
		this.pages = pages.stream().sorted(Comparator.comparingInt(Page::getPosition)).toList();
		this.byId = this.pages.stream().collect(Collectors.toMap(Page::getId, (page) -> page));
	}

	public List<Page> roots() {
		return children(null);
	}

	public List<Page> children(Long parentId) {
		return this.pages.stream().filter((page) -> Objects.equals(page.getParentId(), parentId)).toList();
	}

	public Optional<Page> findByPath(Language language, String path) {
		return this.pages.stream()
			.filter((page) -> !page.isExternal())
			.filter((page) -> page.text(language).map((text) -> text.getPath().equals(path)).orElse(false))
			.findFirst();
	}

	/** The page's ancestors, root first, the page itself excluded. */
	public List<Page> ancestors(Page page) {
		List<Page> ancestors = new ArrayList<>();
		Long parentId = page.getParentId();
		while (parentId != null) {
			Page parent = this.byId.get(parentId);
			ancestors.add(0, parent);
			parentId = parent.getParentId();
		}
		return ancestors;
	}

	public Optional<Page> withListing(PageListing listing) {
		return this.pages.stream().filter((page) -> page.getListing() == listing).findFirst();
	}

}
