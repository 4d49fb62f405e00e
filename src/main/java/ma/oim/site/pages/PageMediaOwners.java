package ma.oim.site.pages;

import ma.oim.site.media.MediaService;
import ma.oim.site.media.TranslatedMediaOwners;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names pages that use images, for the media library's "where used". */
@Component
class PageMediaOwners extends TranslatedMediaOwners {

	PageMediaOwners(JdbcClient jdbc) {
		super(jdbc, MediaService.Owner.PAGE, "page_translation", "page_id", "title", "/admin/pages/");
	}

}
