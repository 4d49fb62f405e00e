package ma.oim.site.partners;

import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors add and describe partners; every save is announced as a {@link PartnerSaved}. */
@Service
@Transactional
class PartnerEditing {

	private final PartnerRepository partners;

	private final MediaService media;

	private final ApplicationEventPublisher events;

	PartnerEditing(PartnerRepository partners, MediaService media, ApplicationEventPublisher events) {
		this.partners = partners;
		this.media = media;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<PartnerForm> formOf(long id) {
		return this.partners.findById(id).map((partner) -> {
			PartnerForm form = new PartnerForm();
			for (Language language : Language.values()) {
				partner.text(language).ifPresent((text) -> {
					form.in(language).setName(text.getName());
					form.in(language).setText(text.getDescription());
				});
			}
			form.setPosition(partner.getPosition());
			form.setKind(partner.getKind());
			form.setWebsite((partner.getWebsite() != null) ? partner.getWebsite() : "");
			form.setLogoId((partner.getLogo() != null) ? partner.getLogo().getId() : null);
			return form;
		});
	}

	/** Saves a partner, a new one when {@code id} is null; answers its id. */
	public long save(Long id, PartnerForm form, String actor) {
		Partner partner = (id != null) ? this.partners.findById(id).orElseThrow()
				: new Partner(form.getKind(), form.getPosition());
		for (Language language : Language.values()) {
			if (form.has(language)) {
				partner.describe(language, form.in(language).getName(), form.in(language).getText().strip());
			}
		}
		partner.setKind(form.getKind());
		partner.setWebsite(form.getWebsite().isEmpty() ? null : form.getWebsite());
		partner.setPosition(form.getPosition());
		partner.setLogo((form.getLogoId() != null) ? this.media.byId(form.getLogoId()).orElse(null) : null);
		Partner saved = this.partners.save(partner);
		this.media.recordUses(MediaService.Owner.PARTNER, saved.getId(),
				(form.getLogoId() != null) ? List.of(form.getLogoId()) : List.of(), MediaService.PUBLIC_ALWAYS);
		this.events.publishEvent(new PartnerSaved(saved.getId(), actor, form.recordName()));
		return saved.getId();
	}

}
