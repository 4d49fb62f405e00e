package ma.oim.site.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.oim.site.content.TranslationsForm;
import ma.oim.site.media.MediaForm;

/** A partner's name and description per language, kind, website and logo. */
public class PartnerForm extends TranslationsForm {

	@NotNull
	private PartnerKind kind = PartnerKind.CIVIL_SOCIETY;

	@Size(max = 500)
	@Pattern(regexp = "^$|https?://[^\\s<>\"]+")
	private String website = "";

	private Long logoId;

	/** Alternative texts of a logo uploaded with this form. */
	@Valid
	private MediaForm logo = new MediaForm();

	public PartnerKind getKind() {
		return this.kind;
	}

	public void setKind(PartnerKind kind) {
		this.kind = kind;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = (website != null) ? website.strip() : "";
	}

	public Long getLogoId() {
		return this.logoId;
	}

	public void setLogoId(Long logoId) {
		this.logoId = logoId;
	}

	public MediaForm getLogo() {
		return this.logo;
	}

	public void setLogo(MediaForm logo) {
		this.logo = logo;
	}

}
