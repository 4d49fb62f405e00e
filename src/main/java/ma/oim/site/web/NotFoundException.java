package ma.oim.site.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such page: answered with the localized 404 page. */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND);
	}

}
