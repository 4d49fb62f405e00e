package ma.oim.site.news;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import ma.oim.site.axes.AxisLinks;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The events: their list (upcoming first, then past), a month's calendar, and an
 * event's iCalendar file. An event's own page is its article's page.
 */
@Controller
class EventsController {

	private final PublicEvents events;

	private final AxisLinks axes;

	private final Messages messages;

	private final SiteProperties site;

	EventsController(PublicEvents events, AxisLinks axes, Messages messages, SiteProperties site) {
		this.events = events;
		this.axes = axes;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * Filtered by axis (its slug in the page's language) and by the year events start in.
	 * A filtered list is a page of its own: its canonical and alternates carry the filter
	 * (the axis by its slug in each language), and its page links keep it.
	 */
	@GetMapping(SitePaths.EVENTS)
	String list(@ModelAttribute NewsListQuery query, PageNumber page, Language language, Model model) {
		NewsFilter filter = this.events.filter(language, query);
		AxisLinks.Axis axis = (filter.axisId() != null) ? this.axes.bySlug(language, query.axis()).orElseThrow() : null;
		Integer year = filter.year();
		PublicEvents.ListPage list = this.events.list(language, filter, page, listPath(language, axis, year));
		model.addAttribute("list", list);
		model.addAttribute("calendarPath", SitePaths.eventsMonth(language, list.calendarMonth().getYear(),
				list.calendarMonth().getMonthValue()));
		model.addAttribute("axes", this.axes.all(language));
		model.addAttribute("years", this.events.years(language).stream().map(YearCount::year).toList());
		model.addAttribute("selectedAxis", (axis != null) ? query.axis() : null);
		model.addAttribute("selectedYear", year);
		model.addAttribute("filtered", axis != null || year != null);
		String title = this.messages.get("events.title", language);
		Crumb home = new Crumb(this.messages.get("nav.home", language), SitePaths.home(language));
		String description = this.messages.get("events.description", language);
		// The list filtered by an axis exists in the languages the axis is named in.
		Map<Language, String> alternates = SitePaths.inLanguagesWhere((other) -> (axis == null
				|| axis.byLanguage().containsKey(other))
						? Optional.of(listPath(other, axis, year).encode().build().toUriString()) : Optional.empty());
		if (axis == null && year == null) {
			model.addAttribute("meta",
					PageMeta.of(language, title, description, alternates).withBreadcrumb(home, Crumb.current(title)));
		}
		else {
			// Each filtered list has a title of its own, so search engines tell them apart.
			String filtered = (axis == null)
					? this.messages.get("events.filter.title.year", language, String.valueOf(year))
					: (year == null) ? this.messages.get("events.filter.title.axis", language, axis.in(language).name())
					: this.messages.get("events.filter.title.both", language, axis.in(language).name(),
							String.valueOf(year));
			model.addAttribute("meta", PageMeta.of(language, filtered, description, alternates)
				.withBreadcrumb(home, new Crumb(title, SitePaths.events(language)), Crumb.current(filtered)));
		}
		return "events/list";
	}

	/** The events list's URL in a language with these filters, the axis by its slug there. */
	private static UriComponentsBuilder listPath(Language language, AxisLinks.Axis axis, Integer year) {
		// The path as written, not as a URI: the builder encodes it, with the axis's slug, once.
		UriComponentsBuilder path = UriComponentsBuilder
			.fromPath(UriUtils.decode(SitePaths.events(language), StandardCharsets.UTF_8));
		if (axis != null) {
			path.queryParam("axis", axis.byLanguage().get(language).slug());
		}
		if (year != null) {
			path.queryParam("year", year);
		}
		return path;
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
