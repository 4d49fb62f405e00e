package ma.oim.site.publications;

import java.util.Locale;
import java.util.Optional;

/** What kind of document a publication is; lists filter by it ({@code ?type=press-kit}). */
public enum PublicationType {

	REPORT, FACTSHEET, STUDY, PRESS_KIT, CALL, OTHER;

	/** Its name in a query string. */
	public String param() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The bundle key of its name. */
	public String label() {
		return "publication.type." + name();
	}

	/** schema.org: a report or a study is a {@code Report}, anything else a {@code DigitalDocument}. */
	String schemaType() {
		return (this == REPORT || this == STUDY) ? "Report" : "DigitalDocument";
	}

	static Optional<PublicationType> fromParam(String param) {
		for (PublicationType type : values()) {
			if (type.param().equals(param)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
