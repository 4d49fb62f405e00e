package ma.oim.site.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the public address of the site, without a trailing slash, for
 * canonical URLs, hreflang and Open Graph (set OIM_SITE_BASE_URL in production; it is
 * not taken from the Host header, which a client controls)
 * @param globalSiteUrl the organisation's global site, linked from every page
 */
@ConfigurationProperties("oim.site")
public record SiteProperties(String baseUrl, String globalSiteUrl) {

	public String absolute(String path) {
		return this.baseUrl + path;
	}

}
