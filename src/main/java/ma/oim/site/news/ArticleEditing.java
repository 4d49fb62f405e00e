package ma.oim.site.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import ma.oim.site.audit.AuditAction;
import ma.oim.site.audit.AuditLog;
import ma.oim.site.axes.AxisRepository;
import ma.oim.site.axes.ThematicAxis;
import ma.oim.site.content.Markdown;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaService;
import ma.oim.site.partners.Partner;
import ma.oim.site.partners.PartnerRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The editors' work on articles: save, publish or schedule, withdraw, delete, with a
 * revision kept at every save, old slugs kept as aliases, and every change audited.
 */
@Service
@Transactional
public class ArticleEditing {

	public enum Action {

		/** Keeps the article's state (a new article is a draft). */
		SAVE,
		/** Publishes now, or at the date given: a future date schedules it. */
		PUBLISH

	}

	/** Another editor saved the article since this one opened it. */
	public static class ConflictException extends RuntimeException {

		ConflictException() {
			super("The article was saved by someone else in the meantime");
		}

	}

	/** One saved revision, as the list shows it. */
	public record Revision(long id, Instant savedAt, String savedBy, ArticleSnapshot content) {
	}

	static final String TARGET = "article";

	private final ArticleRepository articles;

	private final AxisRepository axes;

	private final PartnerRepository partners;

	private final MediaService media;

	private final Markdown markdown;

	private final AuditLog audit;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ArticleEditing(ArticleRepository articles, AxisRepository axes, PartnerRepository partners, MediaService media,
			Markdown markdown, AuditLog audit, Clock clock, JdbcTemplate jdbc, JsonMapper json) {
		this.articles = articles;
		this.axes = axes;
		this.partners = partners;
		this.media = media;
		this.markdown = markdown;
		this.audit = audit;
		this.clock = clock;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public Optional<Article> byId(long id) {
		return this.articles.findById(id).map((article) -> {
			article.getAxes().size();
			article.getPartners().size();
			article.text(Language.FR);
			return article;
		});
	}

	@Transactional(readOnly = true)
	public Page<Article> search(ArticleAdminQuery query,
			Pageable pageable) {
		Page<Article> page = this.articles.findAll(
				query.toSpecification(this.clock.instant()),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						Sort.by(Sort.Order.desc("updatedAt"),
								Sort.Order.desc("id"))));
		page.forEach((article) -> article.text(Language.FR));
		return page;
	}

	/** The dashboard's lists: the user's drafts, what is scheduled, what was published last. */
	public record Dashboard(List<Article> myDrafts, List<Article> scheduled, List<Article> recentlyPublished) {
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(String email) {
		Instant now = this.clock.instant();
		Specification<Article> drafts = new ArticleAdminQuery("draft", null, null).toSpecification(now)
			.and((root, query, cb) -> cb.equal(root.get("authorEmail"), email));
		List<Article> myDrafts = this.articles.findAll(drafts, PageRequest.of(0, 10, Sort.by(Sort.Order.desc("updatedAt"))))
			.getContent();
		List<Article> scheduled = this.articles.findAll(new ArticleAdminQuery("scheduled", null, null).toSpecification(now),
				PageRequest.of(0, 10, Sort.by(Sort.Order.asc("publishedAt")))).getContent();
		List<Article> published = this.articles.findAll(new ArticleAdminQuery("published", null, null).toSpecification(now),
				PageRequest.of(0, 10, NewsService.NEWEST_FIRST)).getContent();
		Stream.of(myDrafts, scheduled, published).flatMap(List::stream).forEach((article) -> article.text(Language.FR));
		return new Dashboard(myDrafts, scheduled, published);
	}

	/** The article as its public page would show it in that language, whatever its state. */
	@Transactional(readOnly = true)
	public Optional<ArticleView> preview(long id, Language language) {
		return this.articles.findById(id)
			.filter((article) -> article.text(language).isPresent())
			.map((article) -> ArticleView.preview(article, language));
	}

	@Transactional(readOnly = true)
	public ArticleForm formOf(Article article) {
		ArticleForm form = fill(new ArticleForm(), snapshot(article));
		form.setVersion(article.getVersion());
		return form;
	}

	/**
	 * What Bean Validation cannot check alone: French is required, English is all or
	 * nothing, slugs are free, and publishing needs a French summary to show in lists.
	 */
	@Transactional(readOnly = true)
	public void validate(Long articleId, ArticleForm form, Errors errors) {
		if (form.getFr().getTitle().isBlank()) {
			errors.rejectValue("fr.title", "NotBlank");
		}
		if (!form.getEn().isEmpty() && form.getEn().getTitle().isBlank()) {
			errors.rejectValue("en.title", "article.en.titleRequired");
		}
		for (Language language : Language.values()) {
			TranslationForm text = form.text(language);
			String field = language.code() + ".slug";
			if (text.isEmpty() || errors.hasFieldErrors(field)) {
				continue;
			}
			String slug = text.slugOrFromTitle();
			if (slug.isEmpty()) {
				errors.rejectValue(field, "article.slug.empty");
			}
			else if (slugOwner(language, slug).filter((owner) -> !owner.equals(articleId)).isPresent()) {
				errors.rejectValue(field, "article.slug.taken");
			}
		}
	}

	/** Saves the form into the article (a new one when {@code id} is null). */
	public Article save(Long id, ArticleForm form, Action action, String actor) {
		Instant now = this.clock.instant();
		Article article = (id != null) ? this.articles.findById(id).orElseThrow() : new Article(actor, now);
		if (id != null && article.getVersion() != form.getVersion()) {
			throw new ConflictException();
		}
		for (Language language : Language.values()) {
			apply(article, language, form.text(language));
		}
		article.setAxes(this.axes.findAllById(form.getAxisIds()));
		article.setPartners(this.partners.findAllById(form.getPartnerIds()));
		article.setFeaturedImage((form.getFeaturedImageId() != null)
				? this.media.byId(form.getFeaturedImageId()).orElse(null) : null);
		Instant publishedAt = (form.getPublishedAt() != null) ? form.getPublishedAt().atZone(SiteZone.ZONE).toInstant()
				: null;
		if (action == Action.PUBLISH) {
			article.publish((publishedAt != null) ? publishedAt : now);
		}
		else if (publishedAt != null || article.getStatus() != ArticleStatus.PUBLISHED) {
			article.setPublishedAt(publishedAt);
		}
		article.touch(now);
		Article saved = this.articles.saveAndFlush(article);
		keepRevision(saved, actor);
		this.audit.record(actor, auditAction(id, action, saved, now), TARGET, saved.getId(), title(saved));
		return saved;
	}

	public void withdraw(Article article, String actor) {
		article.withdraw();
		article.touch(this.clock.instant());
		this.articles.save(article);
		this.audit.record(actor, AuditAction.ARTICLE_WITHDRAWN, TARGET, article.getId(), title(article));
	}

	public void delete(Article article, String actor) {
		this.audit.record(actor, AuditAction.ARTICLE_DELETED, TARGET, article.getId(), title(article));
		this.articles.delete(article);
	}

	@Transactional(readOnly = true)
	public List<Revision> revisions(long articleId) {
		return this.jdbc.query(
				"select id, saved_at, saved_by, content from article_revision where article_id = ? order by id desc",
				(row, n) -> new Revision(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
						this.json.readValue(row.getString(4), ArticleSnapshot.class)),
				articleId);
	}

	@Transactional(readOnly = true)
	public Optional<Revision> revision(long articleId, long revisionId) {
		return revisions(articleId).stream().filter((revision) -> revision.id() == revisionId).findFirst();
	}

	/** Brings back a revision's text, axes, partners and image as a new save; the state stays. */
	public Article restore(Article article, Revision revision, String actor) {
		ArticleForm form = fill(new ArticleForm(), revision.content());
		form.setVersion(article.getVersion());
		form.setPublishedAt((article.getPublishedAt() != null)
				? article.getPublishedAt().atZone(SiteZone.ZONE).toLocalDateTime() : null);
		Article restored = save(article.getId(), form, Action.SAVE, actor);
		this.audit.record(actor, AuditAction.ARTICLE_RESTORED, TARGET, article.getId(), "revision " + revision.id());
		return restored;
	}

	private void apply(Article article, Language language, TranslationForm text) {
		String previousSlug = article.text(language).map(ArticleText::getSlug).orElse(null);
		if (text.isEmpty()) {
			article.removeText(language);
		}
		else {
			article.setText(language, new ArticleText(text.slugOrFromTitle(), text.getTitle().strip(),
					text.getSummary().strip(), text.getBody(), this.markdown.toSafeHtml(text.getBody())));
		}
		String slug = article.text(language).map(ArticleText::getSlug).orElse(null);
		if (article.getId() != null && previousSlug != null && !previousSlug.equals(slug)) {
			this.jdbc.update("insert into article_slug_alias (language, slug, article_id) values (?, ?, ?) "
					+ "on conflict (language, slug) do update set article_id = excluded.article_id", language.code(),
					previousSlug, article.getId());
		}
		if (slug != null) {
			this.jdbc.update("delete from article_slug_alias where language = ? and slug = ?", language.code(), slug);
		}
	}

	private Optional<Long> slugOwner(Language language, String slug) {
		return this.jdbc
			.queryForList("select article_id from article_translation where language = ? and slug = ? "
					+ "union select article_id from article_slug_alias where language = ? and slug = ?", Long.class,
					language.code(), slug, language.code(), slug)
			.stream()
			.findFirst();
	}

	private void keepRevision(Article article, String actor) {
		this.jdbc.update(
				"insert into article_revision (article_id, saved_at, saved_by, content) values (?, ?, ?, ?::jsonb)",
				article.getId(), Timestamp.from(this.clock.instant()), actor,
				this.json.writeValueAsString(snapshot(article)));
	}

	private static ArticleSnapshot snapshot(Article article) {
		Map<String, ArticleSnapshot.Text> texts = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			article.text(language)
				.ifPresent((text) -> texts.put(language.code(), new ArticleSnapshot.Text(text.getSlug(),
						text.getTitle(), text.getSummary(), text.getBodyMarkdown())));
		}
		return new ArticleSnapshot(texts, article.getPublishedAt(), article.getStatus().name(),
				article.getAxes().stream().map(ThematicAxis::getId).toList(),
				article.getPartners().stream().map(Partner::getId).toList(),
				(article.getFeaturedImage() != null) ? article.getFeaturedImage().getId() : null);
	}

	private static ArticleForm fill(ArticleForm form, ArticleSnapshot snapshot) {
		for (Language language : Language.values()) {
			ArticleSnapshot.Text text = snapshot.texts().get(language.code());
			if (text != null) {
				TranslationForm translation = form.text(language);
				translation.setTitle(text.title());
				translation.setSlug(text.slug());
				translation.setSummary(text.summary());
				translation.setBody(text.body());
			}
		}
		form.setPublishedAt((snapshot.publishedAt() != null)
				? snapshot.publishedAt().atZone(SiteZone.ZONE).toLocalDateTime().withSecond(0).withNano(0) : null);
		form.setAxisIds(new ArrayList<>(snapshot.axisIds()));
		form.setPartnerIds(new ArrayList<>(snapshot.partnerIds()));
		form.setFeaturedImageId(snapshot.featuredImageId());
		return form;
	}

	private static AuditAction auditAction(Long id, Action action, Article article, Instant now) {
		if (action == Action.PUBLISH) {
			return article.getPublishedAt().isAfter(now) ? AuditAction.ARTICLE_SCHEDULED : AuditAction.ARTICLE_PUBLISHED;
		}
		return (id == null) ? AuditAction.ARTICLE_CREATED : AuditAction.ARTICLE_SAVED;
	}

	private static String title(Article article) {
		return article.text(Language.FR).map(ArticleText::getTitle).orElse("");
	}

}
