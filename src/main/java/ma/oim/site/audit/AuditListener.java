package ma.oim.site.audit;

import ma.oim.site.axes.AxisSaved;
import ma.oim.site.contact.ContactMessageEvent;
import ma.oim.site.media.MediaChanged;
import ma.oim.site.media.MediaUploaded;
import ma.oim.site.news.ArticleEvent;
import ma.oim.site.pages.PageChanged;
import ma.oim.site.pages.PageSaved;
import ma.oim.site.partners.PartnerSaved;
import ma.oim.site.publications.PublicationEvent;
import ma.oim.site.redirects.RedirectChanged;
import ma.oim.site.review.ReviewEvent;
import ma.oim.site.security.AccessRefused;
import ma.oim.site.security.SettingChanged;
import ma.oim.site.security.SignInThrottled;
import ma.oim.site.users.AccountEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a line of the audit log for each change the other modules announce. Listeners
 * run synchronously, in the transaction that published the event: a change and its line
 * are committed together or not at all.
 */
@Component
class AuditListener {

	private final AuditLog log;

	AuditListener(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(ArticleEvent event) {
		this.log.record(event.actor(), AuditAction.valueOf("ARTICLE_" + event.kind().name()), AuditTarget.ARTICLE,
				event.articleId(), event.details());
	}

	@EventListener
	void on(MediaUploaded event) {
		this.log.record(event.actor(), AuditAction.MEDIA_UPLOADED, AuditTarget.MEDIA, event.mediaId(),
				event.dimensions());
	}

	@EventListener
	void on(MediaChanged event) {
		this.log.record(event.actor(),
				(event.change() == MediaChanged.Change.DELETED) ? AuditAction.MEDIA_DELETED : AuditAction.MEDIA_UPDATED,
				AuditTarget.MEDIA, event.mediaId(), event.fileName());
	}

	@EventListener
	void on(PageSaved event) {
		this.log.record(event.actor(), AuditAction.PAGE_SAVED, AuditTarget.PAGE, event.pageId(), event.title());
	}

	@EventListener
	void on(PageChanged event) {
		this.log.record(event.actor(), AuditAction.valueOf("PAGE_" + event.kind().name()), AuditTarget.PAGE,
				event.pageId(), event.title());
	}

	@EventListener
	void on(AxisSaved event) {
		this.log.record(event.actor(), AuditAction.AXIS_SAVED, AuditTarget.AXIS, event.axisId(), event.name());
	}

	@EventListener
	void on(PartnerSaved event) {
		this.log.record(event.actor(), AuditAction.PARTNER_SAVED, AuditTarget.PARTNER, event.partnerId(),
				event.name());
	}

	/** Outside any transaction of the sign-in (a refused attempt has none): a line of its own. */
	@EventListener
	void on(SignInThrottled event) {
		this.log.record(event.account(), AuditAction.SIGN_IN_THROTTLED,
				event.byAddress() ? AuditTarget.ADDRESS : AuditTarget.USER,
				event.byAddress() ? event.address() : event.account(), event.details());
	}

	@EventListener
	void on(SettingChanged event) {
		this.log.record(event.actor(), AuditAction.SETTING_CHANGED, AuditTarget.SETTING, event.name(), event.value());
	}

	/** The target is the old address (cut to the log's 100 characters); the details say where it leads. */
	@EventListener
	void on(RedirectChanged event) {
		this.log.record(event.actor(), AuditAction.valueOf("REDIRECT_" + event.kind().name()), AuditTarget.REDIRECT,
				event.fromPath(), "→ " + event.toPath());
	}

	@EventListener
	void on(ContactMessageEvent event) {
		this.log.record(event.actor(), AuditAction.valueOf("CONTACT_MESSAGE_" + event.kind().name()),
				AuditTarget.CONTACT_MESSAGE, event.messageId(), event.details());
	}

	@EventListener
	void on(ReviewEvent event) {
		this.log.record(event.actor(), AuditAction.valueOf("REVIEW_" + event.kind().name()), AuditTarget.ARTICLE,
				event.articleId(), event.details());
	}

	/** A signed-in account refused for its role: the request is the target, the reason the details. */
	@EventListener
	void on(AccessRefused event) {
		this.log.record(event.actor(), AuditAction.ACCESS_REFUSED, AuditTarget.REQUEST, event.request(),
				event.reason());
	}

	@EventListener
	void on(PublicationEvent event) {
		this.log.record(event.actor(), AuditAction.valueOf("PUBLICATION_" + event.kind().name()),
				AuditTarget.PUBLICATION, event.publicationId(), event.details());
	}

	@EventListener
	void on(AccountEvent event) {
		this.log.record(event.actor(), AuditAction.valueOf(event.kind().name()), AuditTarget.USER, event.account(),
				event.details());
	}

}
