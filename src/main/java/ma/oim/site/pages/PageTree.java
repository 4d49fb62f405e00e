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
