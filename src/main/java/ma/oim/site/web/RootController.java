package ma.oim.site.web;

import ma.oim.site.i18n.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} sends visitors to the French site unless their browser prefers English. */
@Controller
class RootController {

	@GetMapping("/")
	ResponseEntity<Void> root(Language language) {
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, SitePaths.home(language))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

}
