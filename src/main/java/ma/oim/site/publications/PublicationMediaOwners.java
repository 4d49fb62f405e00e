package ma.oim.site.publications;

import ma.oim.site.media.MediaService;
import ma.oim.site.media.TranslatedMediaOwners;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names publications whose cover is an image of the library, for the media library's "where used". */
@Component
class PublicationMediaOwners extends TranslatedMediaOwners {

	PublicationMediaOwners(JdbcClient jdbc) {
		super(jdbc, MediaService.Owner.PUBLICATION, "publication_text", "publication_id", "title",
				"/admin/publications/");
	}

}
