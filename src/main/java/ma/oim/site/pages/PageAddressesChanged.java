package ma.oim.site.pages;

import java.util.List;

/**
 * A page's slug changed: it and every page under it moved. Published inside the
 * transaction that moved them, with each old and new public path, decoded.
 */
public record PageAddressesChanged(long pageId, String actor, List<Moved> moved) {

	public record Moved(String from, String to) {

	}

}
