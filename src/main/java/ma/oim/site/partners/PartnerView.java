package ma.oim.site.partners;

import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaView;
import ma.oim.site.news.ArticleCard;

/** A partner on the partners page, with the news that names it. */
public record PartnerView(String anchor, String name, String description, PartnerKind kind, String website,
		MediaView logo, List<ArticleCard> news) {

	static String anchor(Partner partner) {
		return "partner-" + partner.getId();
	}

	static PartnerView of(Partner partner, Language language, List<ArticleCard> news) {
		PartnerText text = partner.textOrFrench(language);
		return new PartnerView(anchor(partner), text.getName(), text.getDescription(), partner.getKind(),
				partner.getWebsite(), (partner.getLogo() != null) ? MediaView.of(partner.getLogo(), language) : null, news);
	}

}
