package ma.oim.site.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The contact module's read service: the inbox's lists, one message, the unread count
 * (the dashboard's). Plain SQL, one statement each; every list is newest first on an
 * index of its own (V16), so a page of it costs the same with ten or ten thousand messages.
 */
@Service
public class ContactInbox {

	static final int PAGE_SIZE = 25;

	/** A line of a list. */
	public record Row(long id, String name, String email, String subject, Instant receivedAt, boolean read,
			String assignee) {
	}

	/** One page of a list. */
	public record ListPage(List<Row> rows, long total, Pagination pagination) {
	}

	/** A message whole, as the team reads it. */
	public record Message(long id, String name, String email, String subject, String body, String language,
			String clientHash, Instant receivedAt, Instant readAt, Long assignedTo, String assignee,
			Instant archivedAt) {

		public boolean isRead() {
			return this.readAt != null;
		}

		public boolean isArchived() {
			return this.archivedAt != null;
		}

	}

	private final JdbcClient jdbc;

	ContactInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Messages nobody has marked read yet, archived ones aside. */
	public long unreadCount() {
		return count(InboxList.UNREAD, null);
	}

	/** A page of a list; {@code me}, the signed-in editor's email, says whose messages are "mine". */
	ListPage list(InboxList list, String me, PageNumber page) {
		long total = count(list, me);
		long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		page.requireWithin(pages);
		List<Row> rows = this.jdbc.sql("""
				select m.id, m.name, m.email, m.subject, m.received_at, m.read_at is not null as read,
				       u.display_name as assignee
				from contact_message m left join app_user u on u.id = m.assigned_to
				where %s
				order by m.received_at desc, m.id desc
				limit :limit offset :offset""".formatted(list.condition))
			.param("me", me)
			.param("limit", PAGE_SIZE)
			.param("offset", page.offset(PAGE_SIZE))
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					rs.getString("subject"), rs.getTimestamp("received_at").toInstant(), rs.getBoolean("read"),
					rs.getString("assignee")))
			.list();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/contact").queryParam("list", list.parameter());
		return new ListPage(rows, total, Pagination.of(page.value(), (int) pages, link));
	}

	Optional<Message> message(long id) {
		return this.jdbc.sql("""
				select m.*, u.display_name as assignee
				from contact_message m left join app_user u on u.id = m.assigned_to
				where m.id = :id""")
			.param("id", id)
			.query((rs, i) -> new Message(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					rs.getString("subject"), rs.getString("body"), rs.getString("language"), rs.getString("client_hash"),
					rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("read_at")),
					(Long) rs.getObject("assigned_to", Long.class), rs.getString("assignee"),
					instant(rs.getTimestamp("archived_at"))))
			.optional();
	}

	private long count(InboxList list, String me) {
		return this.jdbc.sql("select count(*) from contact_message m where " + list.condition)
			.param("me", me)
			.query(Long.class)
			.single();
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
