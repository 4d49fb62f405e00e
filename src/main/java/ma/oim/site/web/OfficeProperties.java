package ma.oim.site.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mission's office as the footer of every public page shows it (application.properties,
 * {@code oim.office.*}): settings, not messages, so that a move or a new account needs no
 * new build of the bundles.
 *
 * @param addressLines the postal address, line by line
 * @param phone the switchboard, in international form (empty: not shown)
 * @param email the public contact address (empty: not shown)
 * @param social the organisation's accounts, by network (its key names the network in the
 * bundles: {@code footer.social.<key>}), in the order given
 * @param termsUrl the terms of use of the site
 * @param privacyUrl the privacy policy
 */
@ConfigurationProperties("oim.office")
public record OfficeProperties(List<String> addressLines, String phone, String email,
		Map<String, String> social, String termsUrl, String privacyUrl) {

	public OfficeProperties {
		addressLines = (addressLines != null) ? List.copyOf(addressLines) : List.of();
		social = (social != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(social)) : Map.of();
	}

	/** The phone number as a {@code tel:} link wants it: digits and a leading plus only. */
	public String phoneLink() {
		return (this.phone != null) ? "tel:" + this.phone.replaceAll("[^0-9+]", "") : null;
	}

}
