package ma.oim.site.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ma.oim.site.content.BidiControls;
import ma.oim.site.content.Markdown;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.media.MediaLibrary;
import ma.oim.site.media.MediaService;
import ma.oim.site.news.ArticleEvent.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * The editors' work on articles: save, publish or schedule, withdraw, delete, restore a
 * revision. A revision is kept at every save, old slugs are kept as aliases, and every
 * change is announced as an {@link ArticleEvent} inside its transaction.
 */
@Service
@Transactional
public class ArticleEditing {

	public enum Action {

		/** Keeps the article's state (a new article is a draft). */
		SAVE,
		/** Publishes now, or at the date given: a future date schedules it. */
		PUBLISH,
		/** Keeps the article's state and submits it for review by an editor. */
		SUBMIT

	}

	/** Another editor saved the article since this one opened it. */
	public static class ConflictException extends RuntimeException {

		ConflictException() {
			super("The article was saved by someone else in the meantime");
		}

	}

	private final ArticleRepository articles;

	private final ArticleSlugAliases aliases;

	private final ArticleRevisions revisions;

	private final ArticleProposals proposals;

	private final MediaService media;

	private final MediaLibrary library;

	private final Markdown markdown;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleEditing(ArticleRepository articles, ArticleSlugAliases aliases, ArticleRevisions revisions,
			ArticleProposals proposals, MediaService media, MediaLibrary library, Markdown markdown,
			ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.aliases = aliases;
		this.revisions = revisions;
		this.proposals = proposals;
		this.media = media;
		this.library = library;
		this.markdown = markdown;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The editor's form: the article as it is, or, while a change proposed to it waits and
	 * {@code proposalFirst}, that change (to go on writing it).
	 */
	@Transactional(readOnly = true)
	public ArticleForm formOf(Article article, boolean proposalFirst) {
		ArticleForm form = proposalFirst ? this.proposals.find(article.getId()).map(ArticleProposal::form)
			.orElseGet(() -> formOf(article)) : formOf(article);
		form.setVersion(article.getVersion());
		return form;
	}

	static ArticleForm formOf(Article article) {
		ArticleForm form = fill(new ArticleForm(), ArticleSnapshot.of(article));
		fillLives(form, article);
		fillEvent(form, article);
		fillCall(form, article);
		fillPressContact(form, article);
		form.setVersion(article.getVersion());
		return form;
	}

	/**
	 * What Bean Validation cannot check alone: French is required, English is all or
	 * nothing, slugs are free.
	 */
	@Transactional(readOnly = true)
	public void validate(Long articleId, ArticleForm form, Errors errors) {
		for (Language language : Language.values()) {
			TranslationForm text = form.text(language);
			String title = "texts[" + language.code() + "].title";
			if (language.isRecord() && text.getTitle().isBlank()) {
				errors.rejectValue(title, "NotBlank");
			}
			else if (!language.isRecord() && !text.isEmpty() && text.getTitle().isBlank()) {
				errors.rejectValue(title, "article.translation.titleRequired");
			}
		}
		for (Language language : Language.values()) {
			TranslationForm text = form.text(language);
			String field = "texts[" + language.code() + "].slug";
			if (text.isEmpty() || errors.hasFieldErrors(field)) {
				continue;
			}
			String slug = text.slugOrFromTitle();
			if (slug.isEmpty()) {
				errors.rejectValue(field, "article.slug.empty");
			}
			else if (this.aliases.owner(language, slug).filter((owner) -> !owner.equals(articleId)).isPresent()) {
				errors.rejectValue(field, "article.slug.taken");
			}
		}
		validateEvent(form, errors);
		validateCall(form, errors);
		validatePressContact(form, errors);
	}

	/**
	 * An event has a start, an end (if any) after it, and an online link (if any) to a web
	 * page (http or https). Times are compared as instants in Morocco's zone.
	 */
	static void validateEvent(ArticleForm form, Errors errors) {
		if (!form.isEvent()) {
			return;
		}
		if (form.getStartsAt() == null && !errors.hasFieldErrors("startsAt")) {
			errors.rejectValue("startsAt", "article.event.startRequired");
		}
		if (form.getStartsAt() != null && form.getEndsAt() != null && !errors.hasFieldErrors("endsAt")
				&& !instant(form.getEndsAt()).isAfter(instant(form.getStartsAt()))) {
			errors.rejectValue("endsAt", "article.event.endBeforeStart");
		}
		String url = form.getOnlineUrl().strip();
		if (!url.isEmpty() && !errors.hasFieldErrors("onlineUrl") && !isWebAddress(url)) {
			errors.rejectValue("onlineUrl", "article.event.badUrl");
		}
	}

	/**
	 * A call has a type and a deadline; its reference, if any, is plain: letters, digits,
	 * spaces and {@code - / . _ # : ( )}, nothing that could reorder or mark up the page.
	 */
	static void validateCall(ArticleForm form, Errors errors) {
		if (!form.isCall()) {
			return;
		}
		if (form.getCallType() == null && !errors.hasFieldErrors("callType")) {
			errors.rejectValue("callType", "article.call.typeRequired");
		}
		if (form.getDeadline() == null && !errors.hasFieldErrors("deadline")) {
			errors.rejectValue("deadline", "article.call.deadlineRequired");
		}
		String reference = form.getCallReference().strip();
		if (!reference.isEmpty() && !errors.hasFieldErrors("callReference") && !CALL_REFERENCE.matcher(reference).matches()) {
			errors.rejectValue("callReference", "article.call.badReference");
		}
	}

	/**
	 * A press release names its press contact, and how to reach them: an email address, a
	 * phone number, or both. The name loses bidirectional controls when saved, as titles do.
	 */
	static void validatePressContact(ArticleForm form, Errors errors) {
		if (!form.isPressRelease()) {
			return;
		}
		if (BidiControls.strip(form.getPressContactName()).isBlank() && !errors.hasFieldErrors("pressContactName")) {
			errors.rejectValue("pressContactName", "article.press.nameRequired");
		}
		String email = form.getPressContactEmail().strip();
		String phone = form.getPressContactPhone().strip();
		if (email.isEmpty() && phone.isEmpty() && !errors.hasFieldErrors("pressContactEmail")) {
			errors.rejectValue("pressContactEmail", "article.press.reachRequired");
		}
		if (!email.isEmpty() && !errors.hasFieldErrors("pressContactEmail") && !PRESS_EMAIL.matcher(email).matches()) {
			errors.rejectValue("pressContactEmail", "article.press.badEmail");
		}
		if (!phone.isEmpty() && !errors.hasFieldErrors("pressContactPhone") && !PRESS_PHONE.matcher(phone).matches()) {
			errors.rejectValue("pressContactPhone", "article.press.badPhone");
		}
	}

	private static final Pattern PRESS_EMAIL = Pattern.compile("[^@\\s<>\\p{Cf}]+@[^@\\s<>\\p{Cf}]+\\.[^@\\s<>\\p{Cf}]+");

	private static final Pattern PRESS_PHONE = Pattern.compile("\\+?[0-9 ().-]{6,40}");

	private static final Pattern CALL_REFERENCE = Pattern.compile("[\\p{L}\\p{N}\\p{M} ./_#:()-]+");

	/** An absolute http or https address with a host, and no spaces. */
	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The expiry time, if typed, comes after the publication time: the one typed, or the
	 * article's own when it is published already, or now when this save publishes it. A
	 * draft's is checked again when it is published. Refused by the field.
	 */
	@Transactional(readOnly = true)
	public void validateExpiry(Long id, ArticleForm form, Action action, Errors errors) {
		Instant expiresAt = instant(form.getExpiresAt());
		if (expiresAt == null || errors.hasFieldErrors("expiresAt")) {
			return;
		}
		Instant publishedAt = instant(form.getPublishedAt());
		if (publishedAt == null) {
			Article article = (id != null) ? this.articles.findById(id).orElse(null) : null;
			if (article != null && article.getStatus() == ArticleStatus.PUBLISHED) {
				publishedAt = article.getPublishedAt();
			}
			else if (action == Action.PUBLISH) {
				publishedAt = this.clock.instant();
			}
		}
		if (publishedAt != null && !expiresAt.isAfter(publishedAt)) {
			errors.rejectValue("expiresAt", "expiry.beforePublication");
		}
	}

	/**
	 * An article that is or goes public shows only images that may be published: a photo
	 * of people needs a consent recorded and not expired. Refused by the field that shows it.
	 */
	@Transactional(readOnly = true)
	public void validateImages(Long id, ArticleForm form, Action action, Errors errors) {
		boolean goesPublic = action == Action.PUBLISH || (id != null
				&& this.articles.findById(id).map((article) -> article.getStatus() == ArticleStatus.PUBLISHED).orElse(false));
		if (!goesPublic) {
			return;
		}
		// A story is published with its lead image.
		if (form.getKind() == ArticleKind.STORY && form.getFeaturedImageId() == null
				&& !errors.hasFieldErrors("featuredImageId")) {
			errors.rejectValue("featuredImageId", "article.story.imageRequired");
		}
		Map<String, Set<Long>> images = new LinkedHashMap<>();
		if (form.getFeaturedImageId() != null) {
			images.put("featuredImageId", Set.of(form.getFeaturedImageId()));
		}
		for (Language language : Language.values()) {
			TranslationForm text = form.text(language);
			if (!text.isEmpty() && text.getStatus() != ArticleStatus.DRAFT && text.getStatus() != ArticleStatus.WITHDRAWN) {
				images.put("texts[" + language.code() + "].body",
						MediaService.referencedIn(this.markdown.toSafeHtml(text.getBody())));
			}
		}
		this.library.rejectUnpublishable(images, errors);
	}

	/** Saves the form into the article (a new one when {@code id} is null). */
	public Article save(Long id, ArticleForm form, Action action, String actor) {
		Instant now = this.clock.instant();
		Article article = (id != null) ? this.articles.findById(id).orElseThrow() : new Article(actor, now);
		if (id != null && article.getVersion() != form.getVersion()) {
			throw new ConflictException();
		}
		Map<Language, ArticleText> before = new LinkedHashMap<>();
		article.languages().forEach((language) -> before.put(language, article.text(language).orElseThrow()));
		boolean wasPublished = article.getStatus() == ArticleStatus.PUBLISHED;
		long revision = this.revisions.reserve();
		for (Language language : Language.values()) {
			apply(article, language, form.text(language), revision, now);
		}
		article.setAxisIds(form.getAxisIds());
		article.setPartnerIds(form.getPartnerIds());
		article.setFeaturedImage((form.getFeaturedImageId() != null)
				? this.media.byId(form.getFeaturedImageId()).orElse(null) : null);
		article.setKind(form.getKind(), instant(form.getStartsAt()), instant(form.getEndsAt()),
				blankToNull(form.getPlace()), blankToNull(form.getOnlineUrl()));
		article.setCall(form.getCallType(), instant(form.getDeadline()), blankToNull(form.getCallReference()));
		article.setPressContact(blankToNull(BidiControls.strip(form.getPressContactName())),
				blankToNull(form.getPressContactEmail()), blankToNull(form.getPressContactPhone()));
		Instant publishedAt = instant(form.getPublishedAt());
		if (action == Action.PUBLISH) {
			article.publish((publishedAt != null) ? publishedAt : now);
		}
		else if (publishedAt != null || article.getStatus() != ArticleStatus.PUBLISHED) {
			article.setPublishedAt(publishedAt);
		}
		Instant expiresBefore = article.getExpiresAt();
		article.setExpiresAt(expiry(form.getExpiresAt(), expiresBefore));
		List<Language> outdated = wasPublished ? markOutOfDate(article, before.get(Language.record()), revision)
				: List.of();
		article.touch(now);
		Article saved = this.articles.saveAndFlush(article);
		this.revisions.keep(revision, saved.getId(), ArticleSnapshot.of(saved), actor, now);
		recordImages(saved);
		announce(kind(id, action, saved, now), saved, actor, saved.frenchTitle());
		if (id != null && !wasPublished) {
			// The editor showed the change proposed before the article left the public: this save holds it.
			this.proposals.find(id)
				.ifPresent((proposal) -> discard(saved, proposal, actor));
		}
		announceLives(saved, before, actor, now);
		if (!Objects.equals(expiresBefore, saved.getExpiresAt())) {
			announce(Kind.EXPIRY_CHANGED, saved, actor,
					(saved.getExpiresAt() != null) ? saved.getExpiresAt().toString() : "none");
		}
		if (!outdated.isEmpty()) {
			announce(Kind.TRANSLATION_OUT_OF_DATE, saved, actor, codes(outdated));
		}
		if (action == Action.SUBMIT) {
			announce(Kind.SUBMITTED, saved, actor, saved.frenchTitle());
		}
		return saved;
	}

	/**
	 * Keeps the form as a change proposed to a public or scheduled article, which stays as
	 * it is online until a reviewer approves the change; {@code submit} asks for that review.
	 * The form was checked as a save's is.
	 */
	public void propose(long id, ArticleForm form, boolean submit, String actor) {
		Article article = this.articles.findById(id).orElseThrow();
		this.proposals.keep(id, form, article.getVersion(), actor, this.clock.instant());
		Set<Long> images = new LinkedHashSet<>();
		if (form.getFeaturedImageId() != null) {
			images.add(form.getFeaturedImageId());
		}
		for (Language language : Language.values()) {
			images.addAll(MediaService.referencedIn(this.markdown.toSafeHtml(form.text(language).getBody())));
		}
		// Not public through the proposal: from when they are public is decided when it is applied.
		this.media.recordUses(MediaService.Owner.ARTICLE_PROPOSAL, id, images, null);
		announce(Kind.PROPOSED, article, actor, article.frenchTitle());
		if (submit) {
			announce(Kind.SUBMITTED, article, actor, article.frenchTitle());
		}
	}

	/** Drops the change proposed to the article, unapplied. @return whether there was one */
	public boolean discardProposal(long id, String actor) {
		Article article = this.articles.findById(id).orElseThrow();
		return this.proposals.find(id).map((proposal) -> discard(article, proposal, actor)).orElse(false);
	}

	private boolean discard(Article article, ArticleProposal proposal, String actor) {
		forgetProposal(article.getId());
		announce(Kind.PROPOSAL_DISCARDED, article, actor, proposal.savedBy());
		return true;
	}

	private void forgetProposal(long articleId) {
		this.proposals.discard(articleId);
		this.media.forgetUses(MediaService.Owner.ARTICLE_PROPOSAL, articleId);
	}

	/**
	 * What would stop the change proposed to the article from being applied now, as a save
	 * would be refused (an address taken since, a photo's consent ended): none when there is
	 * no proposal.
	 */
	@Transactional(readOnly = true)
	public Errors checkProposal(long id) {
		ArticleProposal proposal = this.proposals.find(id).orElse(null);
		Errors errors = new BeanPropertyBindingResult((proposal != null) ? proposal.form() : new ArticleForm(),
				"articleForm");
		if (proposal != null) {
			validate(id, proposal.form(), errors);
			validateExpiry(id, proposal.form(), Action.PUBLISH, errors);
			validateImages(id, proposal.form(), Action.PUBLISH, errors);
		}
		return errors;
	}

	/**
	 * Publishes, at {@code at} (a future time schedules), the article a reviewer read: its
	 * words as they are, with its translations and their own lives, or the change proposed
	 * to it ({@code proposalVersion}, the one the reviewer read). The version is the one
	 * the reviewer saw, so words changed since are not published unread.
	 */
	public Article publishReviewed(long id, long version, Integer proposalVersion, Instant at, String actor) {
		Article article = this.articles.findById(id).orElseThrow();
		if (article.getVersion() != version) {
			throw new ConflictException();
		}
		ArticleProposal proposal = this.proposals.find(id).orElse(null);
		if (proposal != null) {
			if (proposalVersion == null || proposal.version() != proposalVersion) {
				throw new ConflictException();
			}
			return apply(article, proposal, at, actor);
		}
		Instant now = this.clock.instant();
		article.publish((at != null) ? at : now);
		article.touch(now);
		long revision = this.revisions.reserve();
		Article saved = this.articles.saveAndFlush(article);
		this.revisions.keep(revision, saved.getId(), ArticleSnapshot.of(saved), actor, now);
		recordImages(saved);
		announce(saved.getPublishedAt().isAfter(now) ? Kind.SCHEDULED : Kind.PUBLISHED, saved, actor,
				saved.frenchTitle());
		return saved;
	}

	/**
	 * Applies the proposed change as one save by the reviewer: a public article keeps its
	 * publication time unless the reviewer gave another; anything else is published at
	 * {@code at} (now when null), as an approval publishes.
	 */
	private Article apply(Article article, ArticleProposal proposal, Instant at, String actor) {
		ArticleForm form = proposal.form();
		form.setVersion(article.getVersion());
		boolean keepsTime = article.getStatus() == ArticleStatus.PUBLISHED && (at == null
				|| at.equals(article.getPublishedAt().truncatedTo(ChronoUnit.MINUTES)));
		form.setPublishedAt(keepsTime ? null : local((at != null) ? at : this.clock.instant()));
		forgetProposal(article.getId());
		Article saved = save(article.getId(), form, keepsTime ? Action.SAVE : Action.PUBLISH, actor);
		announce(Kind.PROPOSAL_APPLIED, saved, actor, proposal.savedBy());
		return saved;
	}

	/**
	 * Records that the translation says what the French says now, as an editor checked:
	 * it is up to date against the latest revision.
	 */
	public void confirmTranslation(long articleId, Language language, String actor) {
		// Read again here: the confirmation applies to the translation as it is now.
		Article article = this.articles.findById(articleId).orElseThrow();
		ArticleText text = article.text(language).filter((found) -> !language.isRecord()).orElseThrow();
		Long latest = this.revisions.latest(article.getId()).map(ArticleRevision::id).orElse(null);
		text.checkedAgainst(latest);
		article.setText(language, text);
		announce(Kind.TRANSLATION_CONFIRMED, article, actor,
				language.code() + ((latest != null) ? " (revision " + latest + ")" : ""));
	}

	public void withdraw(Article article, String actor) {
		article.withdraw();
		article.touch(this.clock.instant());
		this.articles.save(article);
		recordImages(article);
		announce(Kind.WITHDRAWN, article, actor, article.frenchTitle());
	}

	/** Deletes the article; its images stay in the media, and those nothing else uses are named in the audit log. */
	public void delete(Article article, String actor) {
		this.media.forgetUses(MediaService.Owner.ARTICLE_PROPOSAL, article.getId());
		Set<Long> unused = this.media.forgetUses(MediaService.Owner.ARTICLE, article.getId());
		announce(Kind.DELETED, article, actor,
				unused.isEmpty() ? article.frenchTitle() : article.frenchTitle() + " (images no longer used: "
						+ unused.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
		this.articles.delete(article);
	}

	/** Brings back a revision's text, axes, partners and image as a new save; the state stays. */
	public Article restore(Article article, ArticleRevision revision, String actor) {
		ArticleForm form = fill(new ArticleForm(), revision.content());
		form.setVersion(article.getVersion());
		form.setPublishedAt((article.getPublishedAt() != null)
				? article.getPublishedAt().atZone(SiteZone.ZONE).toLocalDateTime() : null);
		fillLives(form, article);
		// Revisions keep words: the kind, time and place stay as they are, like the state.
		fillEvent(form, article);
		fillCall(form, article);
		fillPressContact(form, article);
		Article restored = save(article.getId(), form, Action.SAVE, actor);
		announce(Kind.RESTORED, article, actor, "revision " + revision.id());
		return restored;
	}

	/**
	 * Writes one language's text and its own life. A translation whose words change is
	 * written against the French of this save's revision: up to date.
	 */
	private void apply(Article article, Language language, TranslationForm text, long revision, Instant now) {
		ArticleText before = article.text(language).orElse(null);
		if (text.isEmpty()) {
			article.removeText(language);
		}
		else {
			ArticleText after = new ArticleText(text.slugOrFromTitle(), text.getTitle().strip(),
					text.getSummary().strip(), text.getBody(), this.markdown.toSafeHtml(text.getBody(), language));
			if (!language.isRecord()) {
				after.live(text.getStatus(), ownPublication(text, before, now));
			}
			if (before == null || !before.sameWordsAs(after)) {
				after.checkedAgainst(revision);
			}
			else {
				after.keepCheckOf(before);
			}
			article.setText(language, after);
		}
		if (article.getId() != null) {
			this.aliases.renamed(article.getId(), language, previousSlug(before),
					article.text(language).map(ArticleText::getSlug).orElse(null));
		}
	}

	/** The time typed; or, published already, its time stays; or now. */
	private static Instant ownPublication(TranslationForm text, ArticleText before, Instant now) {
		if (text.getStatus() != ArticleStatus.PUBLISHED) {
			return null;
		}
		if (text.getPublishedAt() != null) {
			Instant typed = instant(text.getPublishedAt());
			// The form shows minutes: the same minute keeps the time as it was.
			boolean sameMinute = before != null && before.getPublishedAt() != null
					&& typed.equals(before.getPublishedAt().truncatedTo(ChronoUnit.MINUTES));
			return sameMinute ? before.getPublishedAt() : typed;
		}
		return (before != null && before.getStatus() == ArticleStatus.PUBLISHED) ? before.getPublishedAt() : now;
	}

	/**
	 * When the French words of a published article change, the translations not rewritten
	 * in the same save no longer say what it says: they are flagged until an editor updates
	 * or confirms them. A draft's are not, even in the save that publishes it: until then,
	 * the French was still being written.
	 */
	private static List<Language> markOutOfDate(Article article, ArticleText frenchBefore, long revision) {
		ArticleText french = article.text(Language.record()).orElse(null);
		if (frenchBefore == null || french == null || french.sameWordsAs(frenchBefore)
				|| article.getStatus() != ArticleStatus.PUBLISHED) {
			return List.of();
		}
		List<Language> outdated = new ArrayList<>();
		for (Language language : article.languages()) {
			ArticleText text = article.text(language).orElseThrow();
			if (!language.isRecord() && !Objects.equals(text.getCheckedRevisionId(), revision)) {
				text.markOutOfDate();
				outdated.add(language);
			}
		}
		return outdated;
	}

	/** A line for each translation whose own life this save changed. */
	private void announceLives(Article article, Map<Language, ArticleText> before, String actor, Instant now) {
		for (Language language : article.languages()) {
			ArticleText text = article.text(language).orElseThrow();
			ArticleText previous = before.get(language);
			if (!language.isRecord() && (previous == null ? text.getStatus() != null : !previous.sameLifeAs(text))) {
				announce(Kind.TRANSLATION_STATE_CHANGED, article, actor, language.code() + ": " + text.ownStateAt(now)
						+ ((text.getPublishedAt() != null) ? " " + text.getPublishedAt() : ""));
			}
		}
	}

	/** The time typed (the same minute keeps the time as it was); empty: none. */
	private static Instant expiry(LocalDateTime typed, Instant before) {
		Instant expiresAt = instant(typed);
		boolean sameMinute = expiresAt != null && before != null
				&& expiresAt.equals(before.truncatedTo(ChronoUnit.MINUTES));
		return sameMinute ? before : expiresAt;
	}

	private static String previousSlug(ArticleText before) {
		return (before != null) ? before.getSlug() : null;
	}

	private static Instant instant(LocalDateTime local) {
		return (local != null) ? local.atZone(SiteZone.ZONE).toInstant() : null;
	}

	private static String codes(List<Language> languages) {
		return languages.stream().map(Language::code).collect(Collectors.joining(", "));
	}

	/**
	 * Its featured image is public while it is; the images in a text, while that text is
	 * (a translation may be published later, or not at all): each from the earliest, and
	 * until the article expires, if it does.
	 */
	private void recordImages(Article article) {
		Instant articleFrom = (article.getStatus() == ArticleStatus.PUBLISHED) ? article.getPublishedAt() : null;
		Map<Long, Instant> images = new LinkedHashMap<>();
		if (article.getFeaturedImage() != null) {
			useFrom(images, article.getFeaturedImage().getId(), articleFrom);
		}
		for (Language language : Language.values()) {
			article.text(language).ifPresent((text) -> MediaService.referencedIn(text.getBodyHtml())
				.forEach((image) -> useFrom(images, image, publicFrom(text, articleFrom))));
		}
		this.media.recordUses(MediaService.Owner.ARTICLE, article.getId(), images, article.getExpiresAt());
	}

	/** The image is public from the earliest of its uses; null (not public) is the latest. */
	private static void useFrom(Map<Long, Instant> images, Long image, Instant from) {
		Instant known = images.get(image);
		if (!images.containsKey(image) || (from != null && (known == null || from.isBefore(known)))) {
			images.put(image, from);
		}
	}

	/** When a text of an article public from {@code articleFrom} (or never, if null) becomes public. */
	private static Instant publicFrom(ArticleText text, Instant articleFrom) {
		if (articleFrom == null || text.getStatus() == null) {
			return articleFrom;
		}
		if (text.getStatus() != ArticleStatus.PUBLISHED) {
			return null;
		}
		return text.getPublishedAt().isAfter(articleFrom) ? text.getPublishedAt() : articleFrom;
	}

	private void announce(Kind kind, Article article, String actor, String details) {
		this.events.publishEvent(new ArticleEvent(kind, article.getId(), actor, details));
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

	/**
	 * Each translation's own life and the article's expiry, which revisions do not keep:
	 * restoring words keeps them.
	 */
	private static void fillLives(ArticleForm form, Article article) {
		form.setExpiresAt((article.getExpiresAt() != null)
				? article.getExpiresAt().atZone(SiteZone.ZONE).toLocalDateTime().withSecond(0).withNano(0) : null);
		for (Language language : article.languages()) {
			ArticleText text = article.text(language).orElseThrow();
			form.text(language).setStatus(text.getStatus());
			form.text(language).setPublishedAt((text.getPublishedAt() != null)
					? text.getPublishedAt().atZone(SiteZone.ZONE).toLocalDateTime().withSecond(0).withNano(0) : null);
		}
	}

	private static void fillEvent(ArticleForm form, Article article) {
		form.setKind(article.getKind());
		form.setStartsAt(local(article.getStartsAt()));
		form.setEndsAt(local(article.getEndsAt()));
		form.setPlace(article.getPlace());
		form.setOnlineUrl(article.getOnlineUrl());
	}

	private static void fillCall(ArticleForm form, Article article) {
		form.setCallType(article.getCallType());
		form.setDeadline(local(article.getDeadline()));
		form.setCallReference(article.getCallReference());
	}

	private static void fillPressContact(ArticleForm form, Article article) {
		form.setPressContactName(article.getPressContactName());
		form.setPressContactEmail(article.getPressContactEmail());
		form.setPressContactPhone(article.getPressContactPhone());
	}

	private static LocalDateTime local(Instant instant) {
		return (instant != null) ? instant.atZone(SiteZone.ZONE).toLocalDateTime().withSecond(0).withNano(0) : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Kind kind(Long id, Action action, Article article, Instant now) {
		if (action == Action.PUBLISH) {
			return article.getPublishedAt().isAfter(now) ? Kind.SCHEDULED : Kind.PUBLISHED;
		}
		return (id == null) ? Kind.CREATED : Kind.SAVED;
	}

}
