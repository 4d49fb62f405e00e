package ma.oim.site.publications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.oim.site.content.BidiControls;
import ma.oim.site.content.Slugs;
import ma.oim.site.i18n.Language;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The publication editor's form, separate from the stored rows: a text per configured
 * language, the type, the document's date, the publication time (Morocco's), axes,
 * partners, and the version the editor started from.
 */
public class PublicationForm {

	/** One language's text: empty (no title, no summary) means the language is not given. */
	public static class Text {

		@Size(max = 300)
		private String title = "";

		/** Left empty, it is made from the title. */
		@Size(max = 200)
		@Pattern(regexp = "^$|" + Slugs.PATTERN)
		private String slug = "";

		@Size(max = 2000)
		private String summary = "";

		/** An image of the library as this language's cover, by its id; none: the uploaded cover or the first page. */
		private Long coverMediaId;

		public boolean isEmpty() {
			return this.title.isBlank() && this.summary.isBlank();
		}

		public String slugOrFromTitle() {
			return this.slug.isBlank() ? Slugs.of(this.title) : this.slug;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = (title != null) ? BidiControls.strip(title) : "";
		}

		public String getSlug() {
			return this.slug;
		}

		public void setSlug(String slug) {
			this.slug = (slug != null) ? BidiControls.strip(slug).strip() : "";
		}

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = (summary != null) ? summary : "";
		}

		public Long getCoverMediaId() {
			return this.coverMediaId;
		}

		public void setCoverMediaId(Long coverMediaId) {
			this.coverMediaId = coverMediaId;
		}

	}

	@Valid
	private Map<String, Text> texts = new LinkedHashMap<>();

	@NotNull
	private PublicationType type = PublicationType.REPORT;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	/** Local time in Africa/Casablanca, as the datetime-local field gives it. */
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishedAt;

	/** When it stops being public by itself, local time in Africa/Casablanca; empty: never. */
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime expiresAt;

	private List<Long> axisIds = new ArrayList<>();

	private List<Long> partnerIds = new ArrayList<>();

	private long version;

	public PublicationForm() {
		for (Language language : Language.values()) {
			this.texts.put(language.code(), new Text());
		}
	}

	public Text text(Language language) {
		return this.texts.computeIfAbsent(language.code(), (code) -> new Text());
	}

	public Map<String, Text> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, Text> texts) {
		this.texts = texts;
	}

	public PublicationType getType() {
		return this.type;
	}

	public void setType(PublicationType type) {
		this.type = type;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public LocalDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(LocalDateTime publishedAt) {
		this.publishedAt = publishedAt;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
