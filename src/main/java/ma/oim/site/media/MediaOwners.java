package ma.oim.site.media;

import java.util.Collection;
import java.util.Map;

import ma.oim.site.i18n.Language;

/**
 * Names the content of one kind that uses images, for the library's "where used": the
 * modules that use images implement it, so that {@code media}, below them, never calls
 * them by name.
 */
public interface MediaOwners {

	/** The content in the back office: its title in the language of record and its editor's address. */
	record Named(String title, String editPath) {
	}

	MediaService.Owner owner();

	/** The content of these ids that still exists, by id. */
	Map<Long, Named> named(Collection<Long> ids, Language language);

}
