package ma.oim.site.partners;

import java.util.Collection;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

/** A partner named by an article: a link to its entry on the partners page. */
public record PartnerLink(String name, String path) {

	public static List<PartnerLink> all(Collection<Partner> partners, Language language) {
		return partners.stream()
			.map((partner) -> of(partner.getId(), partner.textOrFrench(language).getName(), language))
			.toList();
	}

	/** The link to this partner's entry on the partners page in this language. */
	static PartnerLink of(long partnerId, String name, Language language) {
		return new PartnerLink(name, SitePaths.partners(language) + "#" + PartnerView.anchor(partnerId));
	}

}
