package ma.oim.site.contact;

import java.util.Locale;
import java.util.Optional;

/** The lists of the inbox, each with its condition on {@code contact_message m} (and its index, V16). */
public enum InboxList {

	UNREAD("m.read_at is null and m.archived_at is null"),

	ALL("m.archived_at is null"),

	/** {@code :me} is the signed-in editor's email. */
	MINE("m.assigned_to = (select u.id from app_user u where u.email = :me) and m.archived_at is null"),

	ARCHIVED("m.archived_at is not null");

	final String condition;

	InboxList(String condition) {
		this.condition = condition;
	}

	/** As the {@code list} parameter names it ("unread"). */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<InboxList> fromParameter(String value) {
		for (InboxList list : values()) {
			if (list.parameter().equals(value)) {
				return Optional.of(list);
			}
		}
		return Optional.empty();
	}

}
