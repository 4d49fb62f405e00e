package ma.oim.site.news;

import java.util.List;

import ma.oim.site.i18n.Language;

/**
 * A translation out of date, as its editor shows it: what changed in the French since it
 * was last written or confirmed. No changes and no revision: the revision it was checked
 * against is no longer kept, so only the French as it is now can be compared.
 */
public record TranslationCheck(Language language, Long checkedRevisionId, List<FrenchChanges> changes) {

}
