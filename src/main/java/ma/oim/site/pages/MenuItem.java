package ma.oim.site.pages;

import java.util.List;

/** An entry of the main menu; {@code external} entries leave the site. */
public record MenuItem(String label, String path, boolean external, List<MenuItem> children) {

	public boolean isCurrentOrAncestorOf(String currentPath) {
		if (this.external || currentPath == null) {
			return false;
		}
		return currentPath.equals(this.path) || currentPath.startsWith(this.path + "/")
				|| this.children.stream().anyMatch((child) -> child.isCurrentOrAncestorOf(currentPath));
	}

}
