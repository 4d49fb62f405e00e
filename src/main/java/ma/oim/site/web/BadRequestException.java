package ma.oim.site.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A parameter the site cannot understand: answered with the localized 400 page. */
public class BadRequestException extends ResponseStatusException {

	public BadRequestException() {
		super(HttpStatus.BAD_REQUEST);
	}

}
