package ma.oim.site.partners;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.LanguageConverter;
import ma.oim.site.media.Media;

/** A donor, government body, UN agency, media or civil-society organisation the mission works with. */
@Entity
@Table(name = "partner")
class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private PartnerKind kind;

	private String website;

	private int position;

	@ElementCollection
	@CollectionTable(name = "partner_translation", joinColumns = @JoinColumn(name = "partner_id"))
	@MapKeyColumn(name = "language")
	@Convert(converter = LanguageConverter.class, attributeName = "key")
	private Map<Language, PartnerText> translations = new HashMap<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "logo_id")
	private Media logo;

	protected Partner() {
	}

	Partner(PartnerKind kind, int position) {
		this.kind = kind;
		this.position = position;
	}

	void describe(Language language, String name, String description) {
		this.translations.put(language, new PartnerText(name, description));
	}

	void setKind(PartnerKind kind) {
		this.kind = kind;
	}

	void setWebsite(String website) {
		this.website = website;
	}

	void setPosition(int position) {
		this.position = position;
	}

	void setLogo(Media logo) {
		this.logo = logo;
	}

	public Media getLogo() {
		return this.logo;
	}

	public Long getId() {
		return this.id;
	}

	public PartnerKind getKind() {
		return this.kind;
	}

	public String getWebsite() {
		return this.website;
	}

	public int getPosition() {
		return this.position;
	}

	public java.util.Optional<PartnerText> text(Language language) {
		return java.util.Optional.ofNullable(this.translations.get(language));
	}

	/** Partners are always translated; French answers if a translation is missing. */
	public PartnerText textOrFrench(Language language) {
		PartnerText text = this.translations.get(language);
		return (text != null) ? text : this.translations.get(Language.record());
	}

}
