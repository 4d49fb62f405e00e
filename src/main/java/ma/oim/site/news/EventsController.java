package ma.oim.site.news;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SiteProperties;
import ma.oim.site.web.SitePaths;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The events: their list (upcoming first, then past), a month's calendar, and an
 * event's iCalendar file. An event's own page is its article's page.
 */
@Controller
class EventsController {

	private final PublicEvents events;

	private final Messages messages;

	private final SiteProperties site;

	EventsController(PublicEvents events, Messages messages, SiteProperties site) {
		this.events = events;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping(SitePaths.EVENTS)
	String list(PageNumber page, Language language, Model model) {
		PublicEvents.ListPage list = this.events.list(language, page);
		model.addAttribute("list", list);
		model.addAttribute("calendarPath", SitePaths.eventsMonth(language, list.calendarMonth().getYear(),
				list.calendarMonth().getMonthValue()));
		String title = this.messages.get("events.title", language);
		model.addAttribute("meta",
				PageMeta.of(language, title, this.messages.get("events.description", language),
						SitePaths.inEveryLanguage(SitePaths::events))
					.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
							Crumb.current(title)));
		return "events/list";
	}

	@GetMapping(SitePaths.EVENTS_MONTH)
	String month(@PathVariable int year, @PathVariable int month, Language language, Model model) {
		if (!this.events.hasCalendar(year, month)) {
			throw new NotFoundException();
		}
		PublicEvents.Month calendar = this.events.month(language, year, month);
		model.addAttribute("calendar", calendar);
		String title = this.messages.get("events.calendar.title", language, calendar.caption());
		String listTitle = this.messages.get("events.title", language);
		PageMeta meta = PageMeta.of(language, title, this.messages.get("events.description", language),
				SitePaths.inEveryLanguage((other) -> SitePaths.eventsMonth(other, year, month)))
			.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
					new Crumb(listTitle, SitePaths.events(language)), Crumb.current(calendar.caption()));
		// Months without events (decades of them can be reached) are indexed as the events list.
		model.addAttribute("meta", (calendar.eventCount() == 0) ? meta.indexedAs(SitePaths.events(language)) : meta);
		return "events/month";
	}

	/** An event in iCalendar (RFC 5545), to add to one's calendar. */
	@GetMapping(SitePaths.EVENT_CALENDAR_FILE)
	ResponseEntity<byte[]> calendarFile(@PathVariable String slug, Language language) {
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new NotFoundException();
		}
		String host = URI.create(this.site.absolute("/")).getHost();
		String file = this.events.calendarFile(language, slug, host, this.site::absolute)
			.orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".ics", StandardCharsets.UTF_8).build().toString())
			.body(file.getBytes(StandardCharsets.UTF_8));
	}

}
