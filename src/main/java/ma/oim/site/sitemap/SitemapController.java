package ma.oim.site.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import ma.oim.site.news.NewsFilter;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The sitemap index, its sitemaps and {@code /robots.txt}, whose URLs come from the configured base URL. */
@Controller
class SitemapController {

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final Sitemap sitemap;

	private final SiteProperties site;

	private final Clock clock;

	SitemapController(Sitemap sitemap, SiteProperties site, Clock clock) {
		this.sitemap = sitemap;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(SitePaths.SITEMAP)
	ResponseEntity<String> index() {
		return xml(this.sitemap.index());
	}

	@GetMapping(SitePaths.SITEMAP_SITE)
	ResponseEntity<String> site() {
		return xml(this.sitemap.site());
	}

	@GetMapping(SitePaths.SITEMAP_NEWS)
	ResponseEntity<String> news(@PathVariable int year) {
		// Four digits match the route, year 0000 too, which PostgreSQL cannot make a date of.
		if (!NewsFilter.isPlausibleYear(year, this.clock)) {
			throw new NotFoundException();
		}
		return xml(this.sitemap.news(year).orElseThrow(NotFoundException::new));
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	/**
	 * Crawlers stay out of the back office (previews of unpublished articles included:
	 * they are served under /admin) and the sign-in page. Search results stay open: each
	 * names the search form as its canonical page, which keeps them out of the indexes
	 * without hiding them from crawlers.
	 */
	@GetMapping(SitePaths.ROBOTS)
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Sitemap: %s
				""".formatted(this.site.absolute(SitePaths.SITEMAP));
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

}
