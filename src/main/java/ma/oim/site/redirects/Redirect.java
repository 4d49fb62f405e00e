package ma.oim.site.redirects;

import java.time.Instant;

import org.springframework.web.util.UriComponentsBuilder;

/** An old address and the one a visitor asking for it is sent to, both decoded paths (public for the list's template). */
public record Redirect(long id, String fromPath, String toPath, String createdBy, Instant createdAt) {

	/** The new address as a link's href: percent-encoded where it holds Arabic letters. */
	public String toHref() {
		return UriComponentsBuilder.fromUriString(this.toPath).encode().toUriString();
	}

}
