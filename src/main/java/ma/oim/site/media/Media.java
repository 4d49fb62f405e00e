package ma.oim.site.media;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ma.oim.site.i18n.Language;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An uploaded image. Its bytes are in {@code media_variant}, one row per width, read
 * without loading this entity when the image is served.
 */
@Entity
@Table(name = "media")
public class Media {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int width;

	private int height;

	private String contentType;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private int[] variantWidths;

	private boolean decorative;

	/** The focal point, in percent of the width and the height from the top left: crops keep it in view. */
	@Column(name = "focal_x")
	private int focalX = 50;

	@Column(name = "focal_y")
	private int focalY = 50;

	private String altFr;

	private String altEn;

	private String captionFr;

	private String captionEn;

	private String credit;

	private String uploadedBy;

	private String fileName;

	private boolean showsPeople;

	private boolean consentObtained;

	private LocalDate consentExpiresOn;

	private boolean noMinorsFaces;

	private boolean blurRequired;

	private String consentNote;

	private Instant createdAt;

	protected Media() {
	}

	Media(ImageProcessor.Processed image, MediaForm details, String fileName, String uploadedBy, Instant createdAt) {
		this.width = image.width();
		this.height = image.height();
		this.contentType = image.contentType();
		this.variantWidths = image.variants().stream().mapToInt(ImageProcessor.Variant::width).toArray();
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
		this.createdAt = createdAt;
		describe(details);
	}

	/** What the editor says of the image: texts, and for a photo of people, its consent. */
	void describe(MediaForm details) {
		this.decorative = details.isDecorative();
		this.altFr = this.decorative ? "" : details.getAltFr().strip();
		this.altEn = this.decorative ? "" : details.getAltEn().strip();
		this.captionFr = details.getCaptionFr().strip();
		this.captionEn = details.getCaptionEn().strip();
		this.credit = details.getCredit().strip();
		this.showsPeople = details.isShowsPeople();
		this.consentObtained = details.isConsentObtained();
		this.consentExpiresOn = details.getConsentExpiresOn();
		this.noMinorsFaces = details.isNoMinorsFaces();
		this.blurRequired = details.isBlurRequired();
		this.consentNote = details.getConsentNote().strip();
	}

	/** The form that describes this image as it is, to edit it. */
	MediaForm toForm() {
		MediaForm form = new MediaForm();
		form.setDecorative(this.decorative);
		form.setAltFr(this.altFr);
		form.setAltEn(this.altEn);
		form.setCaptionFr(this.captionFr);
		form.setCaptionEn(this.captionEn);
		form.setCredit(this.credit);
		form.setShowsPeople(this.showsPeople);
		form.setConsentObtained(this.consentObtained);
		form.setConsentExpiresOn(this.consentExpiresOn);
		form.setNoMinorsFaces(this.noMinorsFaces);
		form.setBlurRequired(this.blurRequired);
		form.setConsentNote(this.consentNote);
		return form;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public boolean isShowsPeople() {
		return this.showsPeople;
	}

	public boolean isNoMinorsFaces() {
		return this.noMinorsFaces;
	}

	public boolean isBlurRequired() {
		return this.blurRequired;
	}

	public LocalDate getConsentExpiresOn() {
		return this.consentExpiresOn;
	}


	public Long getId() {
		return this.id;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public String getContentType() {
		return this.contentType;
	}

	public int[] getVariantWidths() {
		return this.variantWidths.clone();
	}

	public int getFocalX() {
		return this.focalX;
	}

	public int getFocalY() {
		return this.focalY;
	}

	public boolean isDecorative() {
		return this.decorative;
	}

	public String getCredit() {
		return this.credit;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The alternative text in that language, French where it has none ("" if decorative). */
	public String alt(Language language) {
		return (!language.isRecord() && !this.altEn.isEmpty()) ? this.altEn : this.altFr;
	}

	public String caption(Language language) {
		return (!language.isRecord() && !this.captionEn.isEmpty()) ? this.captionEn : this.captionFr;
	}

	public String extension() {
		return "image/png".equals(this.contentType) ? "png" : "jpg";
	}

}
