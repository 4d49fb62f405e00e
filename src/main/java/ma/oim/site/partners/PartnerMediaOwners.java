package ma.oim.site.partners;

import ma.oim.site.media.MediaService;
import ma.oim.site.media.TranslatedMediaOwners;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names partners that use images, for the media library's "where used". */
@Component
class PartnerMediaOwners extends TranslatedMediaOwners {

	PartnerMediaOwners(JdbcClient jdbc) {
		super(jdbc, MediaService.Owner.PARTNER, "partner_translation", "partner_id", "name", "/admin/partners/");
	}

}
