package ma.oim.site.media;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ma.oim.site.content.BidiControls;
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

	/** The alternative text in each language that has one, by language code (a JSON object). */
	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> alt = new TreeMap<>();

	/** The caption in each language that has one, by language code. */
	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> caption = new TreeMap<>();

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
		Map<String, String> alt = new TreeMap<>();
		Map<String, String> caption = new TreeMap<>();
		// The configured languages only: a key the form was sent for another one is ignored.
		for (Language language : Language.values()) {
			if (!this.decorative) {
				put(alt, language, details.alt(language));
			}
			put(caption, language, details.caption(language));
		}
		this.alt = alt;
		this.caption = caption;
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
		for (Language language : Language.values()) {
			form.getAlt().put(language.code(), this.alt.getOrDefault(language.code(), ""));
			form.getCaption().put(language.code(), this.caption.getOrDefault(language.code(), ""));
		}
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

	/**
	 * The alternative text in that language, in the language of record where it has none
	 * ("" if decorative).
	 */
	public String alt(Language language) {
		return inLanguage(this.alt, language);
	}

	/** The caption in that language, in the language of record where it has none ("" if none). */
	public String caption(Language language) {
		return inLanguage(this.caption, language);
	}

	/** Whether that text is one of the alternative texts of the image, in any language. */
	boolean isOneOfItsAlts(String text) {
		return this.alt.containsValue(text);
	}

	private static String inLanguage(Map<String, String> texts, Language language) {
		String text = texts.get(language.code());
		return (text != null && !text.isEmpty()) ? text : texts.getOrDefault(Language.record().code(), "");
	}

	private static void put(Map<String, String> texts, Language language, String text) {
		String stripped = (text != null) ? BidiControls.stripEmbeddings(text).strip() : "";
		if (!stripped.isEmpty()) {
			texts.put(language.code(), stripped);
		}
	}

	public String extension() {
		return "image/png".equals(this.contentType) ? "png" : "jpg";
	}

}
