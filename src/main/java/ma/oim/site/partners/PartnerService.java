package ma.oim.site.partners;

import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;
import ma.oim.site.news.ArticleCard;
import ma.oim.site.news.PublicNews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PartnerService {

	private final PartnerRepository partners;

	private final PublicNews news;

	PartnerService(PartnerRepository partners, PublicNews news) {
		this.partners = partners;
		this.news = news;
	}

	/** Every partner, in the mission's order, each with the public news naming it. */
	public List<PartnerView> partnersWithNews(Language language) {
		Map<Long, List<ArticleCard>> newsByPartner = this.news.byPartner(language);
		return this.partners.findAllOrdered()
			.stream()
			.map((partner) -> PartnerView.of(partner, language,
					newsByPartner.getOrDefault(partner.getId(), List.of())))
			.toList();
	}

	public List<Partner> all() {
		return this.partners.findAllOrdered();
	}

	/** Every partner, for the home page. */
	public List<PartnerView> partners(Language language) {
		return this.partners.findAllOrdered().stream().map((partner) -> PartnerView.of(partner, language, List.of())).toList();
	}

}
