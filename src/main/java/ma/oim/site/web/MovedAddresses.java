package ma.oim.site.web;

import java.util.Optional;

/**
 * Where an address that no page answers has moved to. The error page asks before it
 * answers 404; the module that keeps the redirects implements it, so {@code web} does not
 * depend on it.
 */
public interface MovedAddresses {

	/**
	 * The new address of a path, decoded (Arabic as letters), or empty.
	 * @param path the path the visitor asked for, decoded, without its query
	 */
	Optional<String> newAddressOf(String path);

}
