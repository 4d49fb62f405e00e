package ma.oim.site.pages;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** The page tree as one web request read it: the menu and the page shown need the same tree. */
@Component
@RequestScope
class PageTreeOfRequest {

	private PageTree tree;

	PageTree get(Supplier<PageTree> read) {
		if (this.tree == null) {
			this.tree = read.get();
		}
		return this.tree;
	}

}
