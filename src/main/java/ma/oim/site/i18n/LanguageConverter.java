package ma.oim.site.i18n;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Language} as its ISO code ('fr', 'en'), as the schema's checks expect. */
@Converter
public class LanguageConverter implements AttributeConverter<Language, String> {

	@Override
	public String convertToDatabaseColumn(Language language) {
		return (language != null) ? language.code() : null;
	}

	@Override
	public Language convertToEntityAttribute(String code) {
		return (code != null) ? Language.fromCode(code)
			.orElseThrow(() -> new IllegalStateException("Unknown language in database: " + code)) : null;
	}

}
