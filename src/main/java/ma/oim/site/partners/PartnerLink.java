package ma.oim.site.partners;

import java.util.Collection;
import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

/** A partner named by an article: a link to its entry on the partners page. */
public record PartnerLink(String name, String path) {

	public static List<PartnerLink> all(Collection<Partner> partners, Language language) {
		return partners.stream()
			.map((partner) -> new PartnerLink(partner.textOrFrench(language).getName(),
					SitePaths.partners(language) + "#" + PartnerView.anchor(partner)))
			.toList();
	}

}
