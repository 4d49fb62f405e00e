package ma.oim.site.partners;

import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaView;
import ma.oim.site.news.ArticleCard;
import ma.oim.site.news.PublicNews;

/**
 * A partner on the partners page, with the latest news that names it.
 *
 * @param newsTotal how many public news name it, {@code news} being the latest of them
 */
public record PartnerView(String anchor, String name, String description, PartnerKind kind, String website,
		MediaView logo, List<ArticleCard> news, long newsTotal) {

	static String anchor(long partnerId) {
		return "partner-" + partnerId;
	}

	static PartnerView of(Partner partner, Language language, PublicNews.PartnerNews news) {
		PartnerText text = partner.textOrFrench(language);
		return new PartnerView(anchor(partner.getId()), text.getName(), text.getDescription(), partner.getKind(),
				partner.getWebsite(), (partner.getLogo() != null) ? MediaView.of(partner.getLogo(), language) : null,
				news.latest(), news.total());
	}

	public boolean hasOlderNews() {
		return this.newsTotal > this.news.size();
	}

}
