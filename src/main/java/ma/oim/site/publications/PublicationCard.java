package ma.oim.site.publications;

import ma.oim.site.i18n.Language;

/**
 * A publication as a list shows it, in the reader's language, or in French when it has no
 * text in that language ({@code textLanguage} says so, for the mark and {@code lang}).
 *
 * @param coverPath its cover image, or null when it has none yet
 * @param formats the formats and languages of its files, as the card names them ("PDF")
 */
public record PublicationCard(long id, String path, String title, String summary, Language textLanguage,
		PublicationType type, String isoDate, String date, String coverPath, String formats) {

	public boolean isTranslationMissing(Language language) {
		return this.textLanguage != language;
	}

}
