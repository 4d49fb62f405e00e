package ma.oim.site.pages;

import java.util.Map;
import java.util.Optional;

import ma.oim.site.i18n.Language;

/**
 * An organisation page as the public site shows it: its place in the tree and its texts,
 * without the Markdown source, which only the editor needs ({@link OrganisationPage}).
 *
 * @param hidden hidden by an editor: the page and those under it are not public
 */
public record PageNode(long id, Long parentId, int position, String externalUrl, PageListing listing,
		boolean hidden, Map<Language, Text> texts) {

	/** @param path slugs from the root joined by '/' */
	public record Text(String slug, String path, String title, String bodyHtml) {
	}

	public boolean isExternal() {
		return this.externalUrl != null;
	}

	public Optional<Text> text(Language language) {
		return Optional.ofNullable(this.texts.get(language));
	}

}
