package ma.oim.site.news;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaForm;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The article editor's form, separate from the entity: both languages, publication
 * date and time (Morocco's), axes, partners, featured image, and the version the
 * editor started from (optimistic locking).
 */
public class ArticleForm {

	@Valid
	private TranslationForm fr = new TranslationForm();

	@Valid
	private TranslationForm en = new TranslationForm();

	/** Local time in Africa/Casablanca, as the datetime-local field gives it. */
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishedAt;

	private List<Long> axisIds = new ArrayList<>();

	private List<Long> partnerIds = new ArrayList<>();

	private Long featuredImageId;

	/** Alt text, caption and credit of an image uploaded with this form. */
	@Valid
	private MediaForm image = new MediaForm();

	private long version;

	public TranslationForm text(Language language) {
		return (language == Language.record()) ? this.fr : this.en;
	}

	public TranslationForm getFr() {
		return this.fr;
	}

	public void setFr(TranslationForm fr) {
		this.fr = fr;
	}

	public TranslationForm getEn() {
		return this.en;
	}

	public void setEn(TranslationForm en) {
		this.en = en;
	}

	public LocalDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(LocalDateTime publishedAt) {
		this.publishedAt = publishedAt;
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
