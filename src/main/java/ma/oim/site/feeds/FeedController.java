package ma.oim.site.feeds;

import java.nio.charset.StandardCharsets;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.SitePaths;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds: {@code /fr/actualites/flux.atom}, {@code /en/news/feed.atom}, one per
 * axis under the axis's page, and the publications' ({@code /fr/publications/flux.atom}). These literal patterns are more specific than the
 * article route and the organisation pages' catch-all, so they are matched first.
 */
@Controller
class FeedController {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final NewsFeeds feeds;

	private final AxisLinks axes;

	FeedController(NewsFeeds feeds, AxisLinks axes) {
		this.feeds = feeds;
		this.axes = axes;
	}

	@GetMapping(SitePaths.NEWS_FEED)
	ResponseEntity<String> news(Language language) {
		return ResponseEntity.ok().contentType(ATOM).body(this.feeds.newsFeed(language));
	}

	@GetMapping(SitePaths.PUBLICATIONS_FEED)
	ResponseEntity<String> publications(Language language) {
		return ResponseEntity.ok().contentType(ATOM).body(this.feeds.publicationsFeed(language));
	}

	@GetMapping(SitePaths.AXIS_FEED)
	ResponseEntity<String> axis(@PathVariable String slug, Language language) {
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new NotFoundException();
		}
		AxisLinks.Axis axis = this.axes.bySlug(language, slug).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok().contentType(ATOM).body(this.feeds.axisFeed(language, axis));
	}

}
