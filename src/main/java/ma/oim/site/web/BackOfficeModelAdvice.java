package ma.oim.site.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import ma.oim.site.i18n.Language;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every back-office page may compare with: the application's clock. */
@ControllerAdvice(annotations = BackOffice.class)
class BackOfficeModelAdvice {

	private final Clock clock;

	private final List<Language> languages;

	BackOfficeModelAdvice(Clock clock, @Value("${oim.site.back-office-languages:fr}") String languages) {
		this.clock = clock;
		this.languages = Language.parse(languages).stream().map((code) -> Language.fromCode(code).orElseThrow()).toList();
	}

	/** The back office's languages (French and English), for its switcher. */
	@ModelAttribute("backOfficeLanguages")
	List<Language> languages() {
		return this.languages;
	}

	/** The time states are shown at (scheduled articles, account locks). */
	@ModelAttribute("now")
	Instant now() {
		return this.clock.instant();
	}

}
