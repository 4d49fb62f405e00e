package ma.oim.site.news;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.LanguageConverter;
import ma.oim.site.media.Media;

/** A news article, written in French and possibly translated into English. */
@Entity
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private Instant publishedAt;

	// The kind, and what an event adds (V29).
	@Enumerated(EnumType.STRING)
	private ArticleKind kind = ArticleKind.NEWS;

	private Instant startsAt;

	private Instant endsAt;

	private String place;

	private String onlineUrl;

	// What a call adds (V30): its type, deadline and reference.
	@Enumerated(EnumType.STRING)
	private CallType callType;

	private Instant deadline;

	private String callReference;

	// What a press release adds (V30): its press contact.
	private String pressContactName;

	private String pressContactEmail;

	private String pressContactPhone;

	/** When it stops being public by itself (scheduled withdrawal); null: never. */
	private Instant expiresAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	private String authorEmail;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "featured_image_id")
	private Media featuredImage;

	@ElementCollection
	@CollectionTable(name = "article_translation", joinColumns = @JoinColumn(name = "article_id"))
	@MapKeyColumn(name = "language")
	@Convert(converter = LanguageConverter.class, attributeName = "key")
	private Map<Language, ArticleText> translations = new HashMap<>();

	/** The thematic axes it belongs to, by id: the axes module names them. */
	@ElementCollection
	@CollectionTable(name = "article_axis", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "axis_id")
	private Set<Long> axisIds = new LinkedHashSet<>();

	/** The partners it names, by id: the partners module names them. */
	@ElementCollection
	@CollectionTable(name = "article_partner", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "partner_id")
	private Set<Long> partnerIds = new LinkedHashSet<>();

	protected Article() {
	}

	/** A new article: a draft until it is published. */
	Article(String authorEmail, Instant now) {
		this.status = ArticleStatus.DRAFT;
		this.authorEmail = authorEmail;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void setText(Language language, ArticleText text) {
		this.translations.put(language, text);
	}

	void removeText(Language language) {
		this.translations.remove(language);
	}

	void setAxisIds(Collection<Long> axisIds) {
		this.axisIds.clear();
		this.axisIds.addAll(axisIds);
	}

	void setPartnerIds(Collection<Long> partnerIds) {
		this.partnerIds.clear();
		this.partnerIds.addAll(partnerIds);
	}

	void setFeaturedImage(Media featuredImage) {
		this.featuredImage = featuredImage;
	}

	void publish(Instant publishedAt) {
		this.status = ArticleStatus.PUBLISHED;
		this.publishedAt = publishedAt;
	}

	void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	void setExpiresAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

	void withdraw() {
		this.status = ArticleStatus.WITHDRAWN;
	}

	/** News, or an event with its time and place: a news article keeps none of an event's fields. */
	void setKind(ArticleKind kind, Instant startsAt, Instant endsAt, String place, String onlineUrl) {
		this.kind = kind;
		boolean event = kind == ArticleKind.EVENT;
		this.startsAt = event ? startsAt : null;
		this.endsAt = event ? endsAt : null;
		this.place = event ? place : null;
		this.onlineUrl = event ? onlineUrl : null;
	}

	/** A call's type, deadline and reference: an article of another kind keeps none of them. */
	void setCall(CallType type, Instant deadline, String reference) {
		boolean call = this.kind == ArticleKind.CALL;
		this.callType = call ? type : null;
		this.deadline = call ? deadline : null;
		this.callReference = call ? reference : null;
	}

	/** A press release's contact: an article of another kind keeps none. */
	void setPressContact(String name, String email, String phone) {
		boolean release = this.kind == ArticleKind.PRESS_RELEASE;
		this.pressContactName = release ? name : null;
		this.pressContactEmail = release ? email : null;
		this.pressContactPhone = release ? phone : null;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	public String getAuthorEmail() {
		return this.authorEmail;
	}

	public ArticleKind getKind() {
		return this.kind;
	}

	public boolean isEvent() {
		return this.kind == ArticleKind.EVENT;
	}

	public boolean isCall() {
		return this.kind == ArticleKind.CALL;
	}

	public boolean isPressRelease() {
		return this.kind == ArticleKind.PRESS_RELEASE;
	}

	public String getPressContactName() {
		return this.pressContactName;
	}

	public String getPressContactEmail() {
		return this.pressContactEmail;
	}

	public String getPressContactPhone() {
		return this.pressContactPhone;
	}

	public CallType getCallType() {
		return this.callType;
	}

	public Instant getDeadline() {
		return this.deadline;
	}

	public String getCallReference() {
		return this.callReference;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public Media getFeaturedImage() {
		return this.featuredImage;
	}

	/**
	 * The state the back office shows: a published article whose time has not come is
	 * scheduled, one whose expiry time has passed is expired.
	 */
	public String stateAt(Instant now) {
		return stateAt(this.status, this.publishedAt, this.expiresAt, now);
	}

	static String stateAt(ArticleStatus status, Instant publishedAt, Instant now) {
		return stateAt(status, publishedAt, null, now);
	}

	static String stateAt(ArticleStatus status, Instant publishedAt, Instant expiresAt, Instant now) {
		if (status == ArticleStatus.PUBLISHED && !PublicArticle.isPublic(status, publishedAt, now)) {
			return "scheduled";
		}
		if (status == ArticleStatus.PUBLISHED && PublicArticle.isExpired(expiresAt, now)) {
			return "expired";
		}
		return status.name().toLowerCase(Locale.ROOT);
	}

	public Set<Long> getAxisIds() {
		return this.axisIds;
	}

	public Set<Long> getPartnerIds() {
		return this.partnerIds;
	}

	public Optional<ArticleText> text(Language language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** The French title, the one the back office lists articles by. */
	public String frenchTitle() {
		return text(Language.record()).map(ArticleText::getTitle).orElse("");
	}

	/** The translations whose French changed since they were last checked, in the site's order. */
	public List<Language> outOfDateLanguages() {
		return languages().stream().filter((language) -> this.translations.get(language).isOutOfDate()).toList();
	}

	/** The languages the article is written in, in the site's order. */
	public List<Language> languages() {
		return this.translations.keySet().stream().sorted().toList();
	}

}
