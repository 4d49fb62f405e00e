package ma.oim.site.publications;

import java.util.List;
import java.util.Map;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaView;
import ma.oim.site.partners.PartnerLink;

/**
 * A publication's page in one language.
 *
 * @param coverPath its cover (the first page of the file in this language, or of another), or null
 * @param alternates its path in each language it has a text in
 * @param image the library's image chosen as its cover in this language, or null
 */
public record PublicationView(long id, String title, String summary, PublicationType type, String isoDate, String date,
		String coverPath, List<DocumentLink> files, List<AxisLink> axes, List<PartnerLink> partners,
		Map<Language, String> alternates, MediaView image) {

}
