package ma.oim.site.partners;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.oim.site.audit.AuditAction;
import ma.oim.site.audit.AuditLog;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaService;
import ma.oim.site.news.PublicNews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PartnerService {

	private static final PublicNews.PartnerNews NO_NEWS = new PublicNews.PartnerNews(List.of(), 0);

	private final PartnerRepository partners;

	private final PublicNews news;

	private final MediaService media;

	private final AuditLog audit;

	PartnerService(PartnerRepository partners, PublicNews news, MediaService media, AuditLog audit) {
		this.partners = partners;
		this.news = news;
		this.media = media;
		this.audit = audit;
	}

	public Optional<PartnerForm> formOf(long id) {
		return this.partners.findById(id).map((partner) -> {
			PartnerForm form = new PartnerForm();
			for (Language language : Language.values()) {
				PartnerText text = partner.textOrFrench(language);
				form.in(language).setName(text.getName());
				form.in(language).setText(text.getDescription());
			}
			form.setPosition(partner.getPosition());
			form.setKind(partner.getKind());
			form.setWebsite((partner.getWebsite() != null) ? partner.getWebsite() : "");
			form.setLogoId((partner.getLogo() != null) ? partner.getLogo().getId() : null);
			return form;
		});
	}

	/** Saves a partner, a new one when {@code id} is null; answers its id. */
	@Transactional
	public long save(Long id, PartnerForm form, String actor) {
		Partner partner = (id != null) ? this.partners.findById(id).orElseThrow()
				: new Partner(form.getKind(), form.getPosition());
		for (Language language : Language.values()) {
			partner.describe(language, form.in(language).getName(), form.in(language).getText().strip());
		}
		partner.setKind(form.getKind());
		partner.setWebsite(form.getWebsite().isEmpty() ? null : form.getWebsite());
		partner.setPosition(form.getPosition());
		partner.setLogo((form.getLogoId() != null) ? this.media.byId(form.getLogoId()).orElse(null) : null);
		Partner saved = this.partners.save(partner);
		this.audit.record(actor, AuditAction.PARTNER_SAVED, "partner", saved.getId(), form.getFr().getName());
		return saved.getId();
	}

	/** Every partner, in the mission's order, each with the public news naming it. */
	public List<PartnerView> partnersWithNews(Language language) {
		Map<Long, PublicNews.PartnerNews> newsByPartner = this.news.byPartner(language);
		return this.partners.findAllOrdered()
			.stream()
			.map((partner) -> PartnerView.of(partner, language,
					newsByPartner.getOrDefault(partner.getId(), NO_NEWS)))
			.toList();
	}

	public List<Partner> all() {
		return this.partners.findAllOrdered();
	}

	/** Every partner, for the home page. */
	public List<PartnerView> partners(Language language) {
		return this.partners.findAllOrdered().stream().map((partner) -> PartnerView.of(partner, language, NO_NEWS)).toList();
	}

}
