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

	private final List<PageNode> pages;

	private final Map<Long, PageNode> byId;

	PageTree(List<PageNode> pages) {
		this.pages = pages.stream().sorted(Comparator.comparingInt(PageNode::position)).toList();
		this.byId = this.pages.stream().collect(Collectors.toMap(PageNode::id, (page) -> page));
	}

	public List<PageNode> roots() {
		return children(null);
	}

	public List<PageNode> children(Long parentId) {
		return this.pages.stream().filter((page) -> Objects.equals(page.parentId(), parentId)).toList();
	}

	/**
	 * What visitors see: the pages that are neither hidden nor under a hidden page. The one
	 * place, with {@link PublicPages#SQL} for queries, that says which pages are public.
	 */
	PageTree visibleToVisitors() {
		return new PageTree(this.pages.stream().filter(this::isVisibleToVisitors).toList());
	}

	/** Neither hidden nor under a hidden page. */
	public boolean isVisibleToVisitors(PageNode page) {
		return !page.hidden() && ancestors(page).stream().noneMatch(PageNode::hidden);
	}

	public Optional<PageNode> byId(long id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The page and every page under it. */
	public List<PageNode> descendants(PageNode page) {
		List<PageNode> found = new ArrayList<>();
		for (PageNode child : children(page.id())) {
			found.add(child);
			found.addAll(descendants(child));
		}
		return found;
	}

	public Optional<PageNode> findByPath(Language language, String path) {
		return this.pages.stream()
			.filter((page) -> !page.isExternal())
			.filter((page) -> page.text(language).map((text) -> text.path().equals(path)).orElse(false))
			.findFirst();
	}

	/** The page's ancestors, root first, the page itself excluded. */
	public List<PageNode> ancestors(PageNode page) {
		List<PageNode> ancestors = new ArrayList<>();
		Long parentId = page.parentId();
		while (parentId != null) {
			PageNode parent = this.byId.get(parentId);
			ancestors.add(0, parent);
			parentId = parent.parentId();
		}
		return ancestors;
	}

}
