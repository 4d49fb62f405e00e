package ma.oim.site.news;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.web.PageNumber;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles as the back office reads them, whatever their state: the list with its
 * filters, the dashboard, an article to edit, its revisions, a preview.
 */
@Service
@Transactional(readOnly = true)
public class BackOfficeArticles {

	public static final int PAGE_SIZE = 20;

	/** Articles in each list of the dashboard. */
	static final int DASHBOARD_SIZE = 10;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	/**
	 * The dashboard's lists: the user's drafts, what is scheduled, what was published last,
	 * the articles with a translation out of date, those that expire in the next 7 days.
	 */
	public record Dashboard(List<ArticleSummary> myDrafts, List<ArticleSummary> scheduled,
			List<ArticleSummary> recentlyPublished, List<ArticleSummary> outOfDate, List<ArticleSummary> expiringSoon) {
	}

	private final ArticleRepository articles;

	private final ArticleRevisions revisions;

	private final ArticleProposals proposals;

	private final ReviewDetails details;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	private final Clock clock;

	BackOfficeArticles(ArticleRepository articles, ArticleRevisions revisions, ArticleProposals proposals,
			ReviewDetails details, AxisLinks axes, PartnerDirectory partners, Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.proposals = proposals;
		this.details = details;
		this.axes = axes;
		this.partners = partners;
		this.clock = clock;
	}

	/** With what the editor shows of it: its texts, axes, partners and image. */
	public Optional<Article> byId(long id) {
		return this.articles.findWithDetailsById(id);
	}

	/** A page of the list, most recently changed first; only {@code author}'s articles unless null. */
	public Page<ArticleSummary> search(ArticleAdminQuery query, PageNumber page, String author) {
		Specification<Article> which = query.toSpecification(this.clock.instant());
		if (author != null) {
			which = which.and((root, criteria, cb) -> cb.equal(root.get("authorEmail"), author));
		}
		return this.articles
			.findAll(which,
					PageRequest.of(page.index(), PAGE_SIZE, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))))
			.map(ArticleSummary::of);
	}

	public Dashboard dashboard(String email) {
		Instant now = this.clock.instant();
		Specification<Article> drafts = new ArticleAdminQuery("draft", null, null).toSpecification(now)
			.and((root, query, cb) -> cb.equal(root.get("authorEmail"), email));
		return new Dashboard(first(drafts, Sort.by(Sort.Order.desc("updatedAt"))),
				first(new ArticleAdminQuery("scheduled", null, null).toSpecification(now),
						Sort.by(Sort.Order.asc("publishedAt"))),
				first(new ArticleAdminQuery("published", null, null).toSpecification(now), NEWEST_FIRST),
				first(new ArticleAdminQuery(null, ArticleAdminQuery.OUT_OF_DATE, null).toSpecification(now),
						Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))),
				first(new ArticleAdminQuery("expiring", null, null).toSpecification(now),
						Sort.by(Sort.Order.asc("expiresAt"), Sort.Order.asc("id"))));
	}

	/**
	 * The article's translations out of date, each with what changed in the French since
	 * the revision it was checked against.
	 */
	public List<TranslationCheck> checks(Article article) {
		ArticleText french = article.text(Language.record()).orElse(null);
		if (french == null) {
			return List.of();
		}
		return article.outOfDateLanguages().stream().map((language) -> {
			Long checked = article.text(language).orElseThrow().getCheckedRevisionId();
			ArticleSnapshot.Text before = (checked != null) ? this.revisions.find(article.getId(), checked)
				.map((revision) -> revision.content().texts().get(Language.record().code()))
				.orElse(null) : null;
			if (before == null) {
				return new TranslationCheck(language, null, List.of());
			}
			return new TranslationCheck(language, checked, Stream
				.of(FrenchChanges.of("title", before.title(), french.getTitle()),
						FrenchChanges.of("summary", before.summary(), french.getSummary()),
						FrenchChanges.of("body", before.body(), french.getBodyMarkdown()))
				.filter(Objects::nonNull)
				.toList());
		}).toList();
	}

	/** The change proposed to the public article, waiting beside it, if any. */
	public Optional<ArticleProposal> proposal(long articleId) {
		return this.proposals.find(articleId);
	}

	/**
	 * What a reviewer reads of the article, in {@code shownIn}: the change proposed to it,
	 * if any; each language against its last published version (the newest revision saved
	 * while it was published; a never-published article is new in every language), or,
	 * while a change is proposed, that change against the article as it is online; and the
	 * fields beside the words (the kind and its details, the expiry, axes, partners, lead
	 * image) that the proposal changes, or that an article never published sets. Revisions
	 * keep words only: a published article with no proposal shows no such fields.
	 */
	public ReviewReading reviewReading(Article article, Language shownIn) {
		ArticleProposal proposal = this.proposals.find(article.getId()).orElse(null);
		Map<String, ArticleSnapshot.Text> published;
		Map<String, ArticleSnapshot.Text> proposed = new LinkedHashMap<>();
		Map<String, String> ownStates = new LinkedHashMap<>();
		Instant now = this.clock.instant();
		List<ReviewDetail> details;
		if (proposal != null) {
			published = ArticleSnapshot.of(article).texts();
			for (Language language : Language.values()) {
				TranslationForm text = proposal.form().text(language);
				if (!text.isEmpty()) {
					proposed.put(language.code(), new ArticleSnapshot.Text(text.slugOrFromTitle(), text.getTitle(),
							text.getSummary(), text.getBody()));
					if (!language.isRecord() && text.getStatus() != null) {
						ownStates.put(language.code(), Article.stateAt(text.getStatus(),
								(text.getPublishedAt() != null) ? text.getPublishedAt().atZone(SiteZone.ZONE).toInstant() : now,
								now));
					}
				}
			}
			details = this.details.changes(ArticleEditing.formOf(article), proposal.form(), shownIn);
		}
		else {
			Optional<ArticleRevision> lastPublished = this.revisions.latestPublished(article.getId());
			published = lastPublished.map((revision) -> revision.content().texts()).orElse(Map.of());
			proposed = ArticleSnapshot.of(article).texts();
			for (Language language : article.languages()) {
				ArticleText text = article.text(language).orElseThrow();
				if (text.getStatus() != null) {
					ownStates.put(language.code(), text.ownStateAt(now));
				}
			}
			details = lastPublished.isEmpty() ? this.details.changes(null, ArticleEditing.formOf(article), shownIn)
					: List.of();
		}
		return new ReviewReading(proposal, changes(published, proposed, ownStates), details);
	}

	/** Each language's words, before and after, field by field. */
	private static List<ReviewChanges> changes(Map<String, ArticleSnapshot.Text> published,
			Map<String, ArticleSnapshot.Text> proposed, Map<String, String> ownStates) {
		List<ReviewChanges> changes = new ArrayList<>();
		for (Language language : Language.values()) {
			ArticleSnapshot.Text before = published.get(language.code());
			ArticleSnapshot.Text after = proposed.get(language.code());
			if (before == null && after == null) {
				continue;
			}
			ArticleSnapshot.Text was = (before != null) ? before : NO_TEXT;
			ArticleSnapshot.Text is = (after != null) ? after : NO_TEXT;
			List<FrenchChanges> fields = Stream
				.of(FrenchChanges.of("title", text(was.title()), text(is.title())),
						FrenchChanges.of("slug", text(was.slug()), text(is.slug())),
						FrenchChanges.of("summary", text(was.summary()), text(is.summary())),
						FrenchChanges.of("body", text(was.body()), text(is.body())))
				.filter(Objects::nonNull)
				.toList();
			String change = (before == null) ? "new" : (after == null) ? "removed" : fields.isEmpty() ? "unchanged"
					: "changed";
			changes.add(new ReviewChanges(language, change, fields, ownStates.get(language.code())));
		}
		return changes;
	}

	private static final ArticleSnapshot.Text NO_TEXT = new ArticleSnapshot.Text("", "", "", "");

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private List<ArticleSummary> first(Specification<Article> which, Sort order) {
		return this.articles.findAll(which, PageRequest.of(0, DASHBOARD_SIZE, order))
			.map(ArticleSummary::of)
			.getContent();
	}

	/** The article as its public page would show it in that language, whatever its state. */
	public Optional<ArticleView> preview(long id, Language language) {
		return this.articles.findById(id)
			.filter((article) -> article.text(language).isPresent())
			.map((article) -> ArticleView.preview(article, language, this.axes.of(article.getAxisIds(), language),
					this.partners.links(article.getPartnerIds(), language)));
	}

	/** Newest first. */
	public List<ArticleRevision> revisions(long articleId) {
		return this.revisions.of(articleId);
	}

	public Optional<ArticleRevision> revision(long articleId, long revisionId) {
		return this.revisions.find(articleId, revisionId);
	}

}
