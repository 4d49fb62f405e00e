package ma.oim.site.news;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaForm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The article editor's form, separate from the entity: both languages, publication
 * date and time (Morocco's), axes, partners, featured image, and the version the
 * editor started from (optimistic locking). A change proposed to a public article is kept
 * as this form in JSON ({@code ArticleProposals}); what it only computes is not kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ArticleForm {

	/** The text in each configured language, by code (fields {@code texts[ar].title}). */
	@Valid
	private Map<String, TranslationForm> texts = new LinkedHashMap<>();

	/** Local time in Africa/Casablanca, as the datetime-local field gives it. */
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishedAt;

	// The kind, and an event's time (local, Africa/Casablanca) and place: checked by ArticleEditing.validate.
	@NotNull
	private ArticleKind kind = ArticleKind.NEWS;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime startsAt;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime endsAt;

	@Size(max = 300)
	private String place = "";

	@Size(max = 2000)
	private String onlineUrl = "";

	// A call's type, deadline (local, Africa/Casablanca) and reference: checked by ArticleEditing.validate.
	private CallType callType;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime deadline;

	@Size(max = 100)
	private String callReference = "";

	// A press release's contact: checked by ArticleEditing.validate.
	@Size(max = 200)
	private String pressContactName = "";

	@Size(max = 254)
	private String pressContactEmail = "";

	@Size(max = 40)
	private String pressContactPhone = "";

	/**
	 * When it stops being public by itself (scheduled withdrawal), local time in
	 * Africa/Casablanca like the publication time; empty: never. After the publication time.
	 */
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime expiresAt;

	private List<Long> axisIds = new ArrayList<>();

	private List<Long> partnerIds = new ArrayList<>();

	private Long featuredImageId;

	/** Alt text, caption and credit of an image uploaded with this form. */
	@Valid
	private MediaForm image = new MediaForm();

	private long version;

	public ArticleForm() {
		for (Language language : Language.values()) {
			this.texts.put(language.code(), new TranslationForm());
		}
	}

	public TranslationForm text(Language language) {
		return this.texts.computeIfAbsent(language.code(), (code) -> new TranslationForm());
	}

	public Map<String, TranslationForm> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, TranslationForm> texts) {
		this.texts = texts;
	}

	public LocalDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(LocalDateTime publishedAt) {
		this.publishedAt = publishedAt;
	}

	public ArticleKind getKind() {
		return this.kind;
	}

	public void setKind(ArticleKind kind) {
		this.kind = kind;
	}

	@JsonIgnore
	public boolean isEvent() {
		return this.kind == ArticleKind.EVENT;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = (place != null) ? place : "";
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = (onlineUrl != null) ? onlineUrl : "";
	}

	@JsonIgnore
	public boolean isCall() {
		return this.kind == ArticleKind.CALL;
	}

	@JsonIgnore
	public boolean isPressRelease() {
		return this.kind == ArticleKind.PRESS_RELEASE;
	}

	public String getPressContactName() {
		return this.pressContactName;
	}

	public void setPressContactName(String pressContactName) {
		this.pressContactName = (pressContactName != null) ? pressContactName : "";
	}

	public String getPressContactEmail() {
		return this.pressContactEmail;
	}

	public void setPressContactEmail(String pressContactEmail) {
		this.pressContactEmail = (pressContactEmail != null) ? pressContactEmail : "";
	}

	public String getPressContactPhone() {
		return this.pressContactPhone;
	}

	public void setPressContactPhone(String pressContactPhone) {
		this.pressContactPhone = (pressContactPhone != null) ? pressContactPhone : "";
	}

	public CallType getCallType() {
		return this.callType;
	}

	public void setCallType(CallType callType) {
		this.callType = callType;
	}

	public LocalDateTime getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDateTime deadline) {
		this.deadline = deadline;
	}

	public String getCallReference() {
		return this.callReference;
	}

	public void setCallReference(String callReference) {
		this.callReference = (callReference != null) ? callReference : "";
	}

	public LocalDateTime getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(LocalDateTime expiresAt) {
		this.expiresAt = expiresAt;
	}

	public List<Long> getAxisIds() {
		return this.axisIds;
	}

	public void setAxisIds(List<Long> axisIds) {
		this.axisIds = (axisIds != null) ? axisIds : new ArrayList<>();
	}

	public List<Long> getPartnerIds() {
		return this.partnerIds;
	}

	public void setPartnerIds(List<Long> partnerIds) {
		this.partnerIds = (partnerIds != null) ? partnerIds : new ArrayList<>();
	}

	public Long getFeaturedImageId() {
		return this.featuredImageId;
	}

	public void setFeaturedImageId(Long featuredImageId) {
		this.featuredImageId = featuredImageId;
	}

	@JsonIgnore
	public MediaForm getImage() {
		return this.image;
	}

	public void setImage(MediaForm image) {
		this.image = image;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
