package ma.oim.site.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every back-office page may compare with: the application's clock. */
@ControllerAdvice(annotations = BackOffice.class)
class BackOfficeModelAdvice {

	private final Clock clock;

	BackOfficeModelAdvice(Clock clock) {
		this.clock = clock;
	}

	/** The time states are shown at (scheduled articles, account locks). */
	@ModelAttribute("now")
	Instant now() {
		return this.clock.instant();
	}

}
