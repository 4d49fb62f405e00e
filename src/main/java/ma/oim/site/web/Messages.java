package ma.oim.site.web;

import ma.oim.site.i18n.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The site's texts in a language, from the message bundles: the one way code reads them. */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String code, Language language, Object... arguments) {
		return this.source.getMessage(code, arguments, language.locale());
	}

}
