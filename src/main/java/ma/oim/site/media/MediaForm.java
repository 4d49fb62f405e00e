package ma.oim.site.media;

import jakarta.validation.constraints.Size;

/**
 * What an editor says of an image: alternative text per language (required in French
 * unless the image is decorative), caption and photo credit.
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

}
