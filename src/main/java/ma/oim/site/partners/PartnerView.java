package ma.oim.site.partners;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaView;

/** A partner as pages show it, in the reader's language or in French. */
public record PartnerView(long id, String anchor, String name, String description, PartnerKind kind, String website,
		MediaView logo) {

	static String anchor(long partnerId) {
		return "partner-" + partnerId;
	}

	static PartnerView of(Partner partner, Language language) {
		PartnerText text = partner.textOrFrench(language);
		return new PartnerView(partner.getId(), anchor(partner.getId()), text.getName(), text.getDescription(),
				partner.getKind(), partner.getWebsite(),
				(partner.getLogo() != null) ? MediaView.of(partner.getLogo(), language) : null);
	}

}
