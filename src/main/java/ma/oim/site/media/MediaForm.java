package ma.oim.site.media;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor says of an image: alternative text per language (required in French
 * unless the image is decorative), caption and photo credit; for a photo of people,
 * whether their consent was obtained, until when, and its restrictions.
 */
public class MediaForm {

	private boolean decorative;

	@Size(max = 300)
	private String altFr = "";

	@Size(max = 300)
	private String altEn = "";

	@Size(max = 500)
	private String captionFr = "";

	@Size(max = 500)
	private String captionEn = "";

	@Size(max = 200)
	private String credit = "";

	private boolean showsPeople;

	private boolean consentObtained;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentExpiresOn;

	private boolean noMinorsFaces;

	private boolean blurRequired;

	@Size(max = 500)
	private String consentNote = "";

	public boolean hasRequiredAlt() {
		return this.decorative || !this.altFr.isBlank();
	}

	public boolean isDecorative() {
		return this.decorative;
	}

	public void setDecorative(boolean decorative) {
		this.decorative = decorative;
	}

	public String getAltFr() {
		return this.altFr;
	}

	public void setAltFr(String altFr) {
		this.altFr = (altFr != null) ? altFr : "";
	}

	public String getAltEn() {
		return this.altEn;
	}

	public void setAltEn(String altEn) {
		this.altEn = (altEn != null) ? altEn : "";
	}

	public String getCaptionFr() {
		return this.captionFr;
	}

	public void setCaptionFr(String captionFr) {
		this.captionFr = (captionFr != null) ? captionFr : "";
	}

	public String getCaptionEn() {
		return this.captionEn;
	}

	public void setCaptionEn(String captionEn) {
		this.captionEn = (captionEn != null) ? captionEn : "";
	}

	public String getCredit() {
		return this.credit;
	}

	public void setCredit(String credit) {
		this.credit = (credit != null) ? credit : "";
	}

	public boolean isShowsPeople() {
		return this.showsPeople;
	}

	public void setShowsPeople(boolean showsPeople) {
		this.showsPeople = showsPeople;
	}

	public boolean isConsentObtained() {
		return this.consentObtained;
	}

	public void setConsentObtained(boolean consentObtained) {
		this.consentObtained = consentObtained;
	}

	public LocalDate getConsentExpiresOn() {
		return this.consentExpiresOn;
	}

	public void setConsentExpiresOn(LocalDate consentExpiresOn) {
		this.consentExpiresOn = consentExpiresOn;
	}

	public boolean isNoMinorsFaces() {
		return this.noMinorsFaces;
	}

	public void setNoMinorsFaces(boolean noMinorsFaces) {
		this.noMinorsFaces = noMinorsFaces;
	}

	public boolean isBlurRequired() {
		return this.blurRequired;
	}

	public void setBlurRequired(boolean blurRequired) {
		this.blurRequired = blurRequired;
	}

	public String getConsentNote() {
		return this.consentNote;
	}

	public void setConsentNote(String consentNote) {
		this.consentNote = (consentNote != null) ? consentNote : "";
	}

}
