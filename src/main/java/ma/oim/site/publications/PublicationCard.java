package ma.oim.site.publications;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaView;

/**
 * A publication as a list shows it, in the reader's language, or in French when it has no
 * text in that language ({@code textLanguage} says so, for the mark and {@code lang}).
 *
 * @param coverPath its cover image, or null when it has none yet
 * @param formats the formats and languages of its files, as the card names them ("PDF")
 * @param coverMediaId the library's image chosen as its cover, or null
 * @param image that image as pages show it (its renditions, its alt text), or null
 */
public record PublicationCard(long id, String path, String title, String summary, Language textLanguage,
		PublicationType type, String isoDate, String date, String coverPath, String formats, Long coverMediaId,
		MediaView image) {

	PublicationCard withImage(MediaView image) {
		return new PublicationCard(this.id, this.path, this.title, this.summary, this.textLanguage, this.type,
				this.isoDate, this.date, this.coverPath, this.formats, this.coverMediaId, image);
	}

	public boolean isTranslationMissing(Language language) {
		return this.textLanguage != language;
	}

}
