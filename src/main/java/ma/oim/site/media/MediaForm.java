package ma.oim.site.media;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import ma.oim.site.i18n.Language;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor says of an image: alternative text and caption in each configured
 * language (fields {@code alt[ar]}, {@code caption[ar]}; the alternative text is required
 * in the language of record unless the image is decorative), and photo credit; for a
 * photo of people, whether their consent was obtained, until when, and its restrictions.
 */
public class MediaForm {

	/** The longest alternative text and caption, in characters (the database checks them too). */
	public static final int ALT_MAX = 300;

	public static final int CAPTION_MAX = 500;

	private boolean decorative;

	private Map<String, @Size(max = ALT_MAX) String> alt = texts();

	private Map<String, @Size(max = CAPTION_MAX) String> caption = texts();

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

	private static Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			texts.put(language.code(), "");
		}
		return texts;
	}

	public boolean hasRequiredAlt() {
		return this.decorative || !alt(Language.record()).isBlank();
	}

	/** The field of the alternative text in the language of record, where its absence is shown. */
	public static String requiredAltField() {
		return "alt[" + Language.record().code() + "]";
	}

	/** The alternative text in that language, as typed ("" for none). */
	public String alt(Language language) {
		return text(this.alt, language);
	}

	public String caption(Language language) {
		return text(this.caption, language);
	}

	private static String text(Map<String, String> texts, Language language) {
		String text = texts.get(language.code());
		return (text != null) ? text : "";
	}

	public boolean isDecorative() {
		return this.decorative;
	}

	public void setDecorative(boolean decorative) {
		this.decorative = decorative;
	}

	public Map<String, String> getAlt() {
		return this.alt;
	}

	public void setAlt(Map<String, String> alt) {
		this.alt = (alt != null) ? new LinkedHashMap<>(alt) : texts();
	}

	public Map<String, String> getCaption() {
		return this.caption;
	}

	public void setCaption(Map<String, String> caption) {
		this.caption = (caption != null) ? new LinkedHashMap<>(caption) : texts();
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
