package ma.oim.site.topics;

import java.util.List;

import ma.oim.site.news.ArticleCard;
import ma.oim.site.partners.PartnerView;

/**
 * A partner on the partners page, with the latest news that names it.
 *
 * @param newsTotal how many public news name it, {@code news} being the latest of them
 */
public record PartnerWithNews(PartnerView partner, List<ArticleCard> news, long newsTotal) {

	public boolean hasOlderNews() {
		return this.newsTotal > this.news.size();
	}

}
