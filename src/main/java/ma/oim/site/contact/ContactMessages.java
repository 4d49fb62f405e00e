package ma.oim.site.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.mail.OutgoingMail;
import ma.oim.site.users.User;
import ma.oim.site.users.UserService;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact module's editing service: takes a visitor's message (stored, then emailed
 * to the team after the commit), and the team's changes to it in the inbox (read or
 * unread, assigned, archived), each with its line in the audit log.
 */
@Service
public class ContactMessages {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ContactProperties properties;

	private final SiteProperties site;

	private final UserService users;

	ContactMessages(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ContactProperties properties,
			SiteProperties site, UserService users) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
		this.site = site;
		this.users = users;
	}

	/** Stores a checked message and asks for its email to each recipient; answers its id. */
	@Transactional
	long receive(ContactForm form, Language language, String addressHash) {
		long id = this.jdbc.sql("""
				insert into contact_message (name, email, subject, body, language, client_hash, received_at)
				values (:name, :email, :subject, :body, :language, :client, :now)
				returning id""")
			.param("name", form.getName())
			.param("email", form.getEmail())
			.param("subject", form.getSubject())
			.param("body", form.getMessage())
			.param("language", language.code())
			.param("client", addressHash)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		String inbox = this.site.absolute("/admin/contact/" + id);
		for (String recipient : this.properties.recipients()) {
			this.events.publishEvent(new OutgoingMail(recipient, Language.record(), "contact.mail.subject",
					"contact.mail.body", List.of(form.getName(), form.getEmail(), form.getSubject(), form.getMessage(),
							language.name(), inbox),
					form.getEmail()));
		}
		return id;
	}

	@Transactional
	public void markRead(long id, boolean read, String actor) {
		update(id, read ? "read_at = coalesce(read_at, :now)" : "read_at = null");
		this.events.publishEvent(new ContactMessageEvent(actor,
				read ? ContactMessageEvent.Kind.READ : ContactMessageEvent.Kind.UNREAD, id, null));
	}

	@Transactional
	public void archive(long id, boolean archived, String actor) {
		update(id, archived ? "archived_at = coalesce(archived_at, :now)" : "archived_at = null");
		this.events.publishEvent(new ContactMessageEvent(actor,
				archived ? ContactMessageEvent.Kind.ARCHIVED : ContactMessageEvent.Kind.UNARCHIVED, id, null));
	}

	/** Gives the message to an enabled account, or to nobody ({@code userId} null). */
	@Transactional
	public void assign(long id, Long userId, String actor) {
		Optional<User> assignee = Optional.ofNullable(userId).flatMap(this.users::byId).filter(User::isEnabled);
		if (userId != null && assignee.isEmpty()) {
			throw new NotFoundException();
		}
		int changed = this.jdbc.sql("update contact_message set assigned_to = :user where id = :id")
			.param("user", userId)
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException();
		}
		this.events.publishEvent(new ContactMessageEvent(actor,
				assignee.isPresent() ? ContactMessageEvent.Kind.ASSIGNED : ContactMessageEvent.Kind.UNASSIGNED, id,
				assignee.map(User::getEmail).orElse(null)));
	}

	private void update(long id, String change) {
		int changed = this.jdbc.sql("update contact_message set " + change + " where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException();
		}
	}

}
