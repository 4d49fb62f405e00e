package ma.oim.site.audit;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What an audit entry is about; stored in lower case ("article"), as the log has always written it. */
public enum AuditTarget {

	ARTICLE, MEDIA, PAGE, AXIS, PARTNER, USER, ADDRESS, SETTING, REDIRECT, CONTACT_MESSAGE, REQUEST, PUBLICATION;

	@Converter(autoApply = true)
	static class Column implements AttributeConverter<AuditTarget, String> {

		@Override
		public String convertToDatabaseColumn(AuditTarget target) {
			return (target != null) ? target.name().toLowerCase(Locale.ROOT) : null;
		}

		@Override
		public AuditTarget convertToEntityAttribute(String stored) {
			return (stored != null) ? AuditTarget.valueOf(stored.toUpperCase(Locale.ROOT)) : null;
		}

	}

}
