package ma.oim.site.news;

import java.util.List;

import ma.oim.site.i18n.Language;

/**
 * What a reviewer reads of one language of an article: its words now against the last
 * published version, word by word ({@link FrenchChanges}, whatever the language).
 *
 * @param change "new" (no published version had it), "removed", "changed" or "unchanged"
 * @param changes the fields that changed, in order; every field of a new text
 * @param ownState the translation's own state now, or null while it follows the article
 */
public record ReviewChanges(Language language, String change, List<FrenchChanges> changes, String ownState) {

}
