package ma.oim.site.partners;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

/** A partner named by an article: a link to its entry on the partners page. */
public record PartnerLink(String name, String path) {

	/** The link to this partner's entry on the partners page in this language. */
	static PartnerLink of(long partnerId, String name, Language language) {
		return new PartnerLink(name, SitePaths.partners(language) + "#" + PartnerView.anchor(partnerId));
	}

}
