package ma.oim.site.news;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Events as the public sees them: articles of the kind EVENT that are public
 * ({@link PublicArticle}), the upcoming ones first (soonest first), then the past ones
 * (latest first); a month's calendar; an event's iCalendar file. Upcoming or past is
 * decided at query time from the injected clock, with no job; the page cache learns the
 * times it changes from {@link EventAndCallTimes}.
 */
@Service
public class PublicEvents {

	public static final int PAGE_SIZE = 10;

	/** A page of the events list: its upcoming events, then its past ones. */
	public record ListPage(List<ArticleCard> upcoming, List<ArticleCard> past, Pagination pagination, long total,
			YearMonth calendarMonth) {
	}

	/**
	 * A month's calendar: weeks of seven days, the first the language's first day of the
	 * week; days outside the month are null.
	 */
	public record Month(int year, int month, String caption, List<Weekday> weekdays, List<List<Day>> weeks,
			long eventCount, String previous, String next, String previousLabel, String nextLabel) {
	}

	public record Weekday(String abbreviation, String name) {
	}

	/** A day of the month and the events that take place on it (in Morocco's time). */
	public record Day(int number, String iso, String label, List<ArticleCard> events) {
	}

	/** Years whose calendar exists: before, none; after, not yet. */
	static final int FIRST_YEAR = 1990;

	static final int YEARS_AHEAD = 10;

	private static final String SHOWN = KindLists.shown(ArticleKind.EVENT);

	/** Not ended (or, without an end, not started) at {@code :now}. */
	private static final String UPCOMING = "coalesce(a.ends_at, a.starts_at) > :now";

	/** Upcoming first, soonest first, then past, latest first. */
	private static final String ORDER = "%s desc, case when %1$s then a.starts_at end asc, a.starts_at desc, a.id desc"
		.formatted(UPCOMING);

	/** The month of the first upcoming event, else of the latest past one. */
	private static final String CALENDAR_START = """
			select a.starts_at from article a where %s
			order by %s desc, case when %2$s then a.starts_at end asc, a.starts_at desc limit 1
			""".formatted(SHOWN, UPCOMING);

	/** Of axis {@code :axis}. */
	private static final String OF_AXIS = "exists (select 1 from article_axis x where x.article_id = a.id and x.axis_id = :axis)";

	/** Starting in the year {@code :year} in Morocco: a range of the index on the kind and start. */
	private static final String IN_YEAR = "a.starts_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Africa/Casablanca')"
			+ " and a.starts_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Africa/Casablanca')";

	/** The years events start in (in Morocco), newest first, with how many start in each. */
	private static final String YEARS = """
			select cast(extract(year from a.starts_at at time zone 'Africa/Casablanca') as integer) as year,
			       count(*) as count
			from article a where %s
			group by 1 order by 1 desc
			""".formatted(SHOWN);

	/** Events taking place between {@code :from} (inclusive) and {@code :to} (exclusive). */
	private static final String BETWEEN = """
			select a.id, a.starts_at, a.ends_at from article a where %s
			and a.starts_at < :to and (a.ends_at > :from or (a.ends_at is null and a.starts_at >= :from))
			order by a.starts_at, a.id
			""".formatted(SHOWN);

	private final JdbcClient jdbc;

	private final KindLists lists;

	private final ArticleCards cards;

	private final ArticleRepository articles;

	private final AxisLinks axes;

	private final Clock clock;

	PublicEvents(JdbcClient jdbc, KindLists lists, ArticleCards cards, ArticleRepository articles, AxisLinks axes,
			Clock clock) {
		this.jdbc = jdbc;
		this.axes = axes;
		this.lists = lists;
		this.cards = cards;
		this.articles = articles;
		this.clock = clock;
	}

	/**
	 * The filter a visitor's query names: an axis by its slug in the page's language, a
	 * year events start in (in Morocco).
	 * @throws BadRequestException for a slug of no axis or a year no calendar has
	 */
	public NewsFilter filter(Language language, NewsListQuery query) {
		Integer year = query.year();
		if (year != null && !isCalendarYear(year)) {
			throw new BadRequestException();
		}
		return new NewsFilter(this.axes.filter(language, query.axis()), year, null);
	}

	/**
	 * A page of the list, filtered; past its last page is not found. The order stays the
	 * list's: upcoming first, soonest first, then past, latest first.
	 * @param listPath the list's URL with its filters, to which page links add "page"
	 */
	public ListPage list(Language language, NewsFilter filter, PageNumber page, UriComponentsBuilder listPath) {
		Instant now = this.clock.instant();
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (filter.axisId() != null) {
			conditions.add(OF_AXIS);
			parameters.put("axis", filter.axisId());
		}
		if (filter.year() != null) {
			conditions.add(IN_YEAR);
			parameters.put("year", filter.year());
		}
		// Each combination of filters is a statement of its own, planned for itself.
		String condition = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
		KindLists.Page found = this.lists.page(ArticleKind.EVENT, condition, parameters, ORDER, language, page,
				PAGE_SIZE, listPath, now);
		Instant first = shown(this.jdbc.sql(CALENDAR_START), language, now)
			.query((row, number) -> row.getObject(1, OffsetDateTime.class).toInstant())
			.optional()
			.orElse(now);
		return new ListPage(found.cards().stream().filter((card) -> card.event().upcoming()).toList(),
				found.cards().stream().filter((card) -> !card.event().upcoming()).toList(), found.pagination(),
				found.total(), YearMonth.from(first.atZone(SiteZone.ZONE)));
	}

	/** Whether a month's calendar exists: from {@value #FIRST_YEAR} to ten years ahead. */
	public boolean hasCalendar(int year, int month) {
		return month >= 1 && month <= 12 && isCalendarYear(year);
	}

	/** The years the list's events start in (in Morocco), newest first, with their counts. */
	public List<YearCount> years(Language language) {
		return shown(this.jdbc.sql(YEARS), language, this.clock.instant())
			.query((row, number) -> new YearCount(row.getInt("year"), row.getLong("count")))
			.list();
	}

	/** A year of the calendar, and of the list's year filter: from {@value #FIRST_YEAR} to ten years ahead. */
	private boolean isCalendarYear(int year) {
		return year >= FIRST_YEAR && year <= this.clock.instant().atZone(SiteZone.ZONE).getYear() + YEARS_AHEAD;
	}

	/** The calendar of a month, each event on every day it takes place, in Morocco's time. */
	public Month month(Language language, int year, int monthNumber) {
		Instant now = this.clock.instant();
		YearMonth month = YearMonth.of(year, monthNumber);
		LocalDate firstDay = month.atDay(1);
		LocalDate lastDay = month.atEndOfMonth();
		List<EventRow> rows = shown(this.jdbc.sql(BETWEEN), language, now)
			.param("from", PublicArticleIds.utc(firstDay.atStartOfDay(SiteZone.ZONE).toInstant()))
			.param("to", PublicArticleIds.utc(lastDay.plusDays(1).atStartOfDay(SiteZone.ZONE).toInstant()))
			.query((row, number) -> new EventRow(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(),
					Optional.ofNullable(row.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
			.list();
		Map<Long, ArticleCard> byId = this.cards.byId(rows.stream().map(EventRow::id).toList(), language, now);
		Map<LocalDate, List<ArticleCard>> byDay = new LinkedHashMap<>();
		for (EventRow row : rows) {
			ArticleCard card = byId.get(row.id());
			if (card == null) {
				continue;
			}
			LocalDate from = row.start().atZone(SiteZone.ZONE).toLocalDate();
			// An end at midnight ends on the day before.
			LocalDate to = (row.end() != null) ? row.end().minusNanos(1).atZone(SiteZone.ZONE).toLocalDate() : from;
			for (LocalDate day = from.isBefore(firstDay) ? firstDay : from; !day.isAfter(to)
					&& !day.isAfter(lastDay); day = day.plusDays(1)) {
				byDay.computeIfAbsent(day, (key) -> new ArrayList<>()).add(card);
			}
		}
		DayOfWeek firstOfWeek = WeekFields.of(language.dateLocale()).getFirstDayOfWeek();
		List<Weekday> weekdays = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			DayOfWeek day = firstOfWeek.plus(i);
			weekdays.add(new Weekday(day.getDisplayName(TextStyle.SHORT, language.dateLocale()),
					day.getDisplayName(TextStyle.FULL, language.dateLocale())));
		}
		List<List<Day>> weeks = new ArrayList<>();
		LocalDate start = firstDay.with(TemporalAdjusters.previousOrSame(firstOfWeek));
		for (LocalDate weekStart = start; !weekStart.isAfter(lastDay); weekStart = weekStart.plusWeeks(1)) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate day = weekStart.plusDays(i);
				week.add(month.equals(YearMonth.from(day)) ? new Day(day.getDayOfMonth(), day.toString(),
						SiteZone.longDate(day.atStartOfDay(SiteZone.ZONE).toInstant(), language), byDay.getOrDefault(day, List.of())) : null);
			}
			weeks.add(week);
		}
		DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM yyyy", language.dateLocale())
			.withDecimalStyle(DecimalStyle.STANDARD);
		YearMonth previous = month.minusMonths(1);
		YearMonth next = month.plusMonths(1);
		boolean hasPrevious = hasCalendar(previous.getYear(), previous.getMonthValue());
		boolean hasNext = hasCalendar(next.getYear(), next.getMonthValue());
		return new Month(year, monthNumber, monthName.format(month), weekdays, weeks, byId.size(),
				hasPrevious ? SitePaths.eventsMonth(language, previous.getYear(), previous.getMonthValue()) : null,
				hasNext ? SitePaths.eventsMonth(language, next.getYear(), next.getMonthValue()) : null,
				monthName.format(previous), monthName.format(next));
	}

	/**
	 * The iCalendar file of a public event, by its slug in this language, in that language.
	 * @param host the site's host, which makes the event's UID unique beyond the site
	 * @param url the event's page, absolute
	 */
	@Transactional(readOnly = true)
	public Optional<String> calendarFile(Language language, String slug, String host,
			Function<String, String> absolute) {
		Instant now = this.clock.instant();
		return this.articles.findPublicBySlug(language, slug, now).filter(Article::isEvent).map((article) -> {
			ArticleText text = article.text(language).orElseThrow();
			return ICalendar.of(new ICalendar.Event("article-" + article.getId() + "@" + host, now,
					article.getUpdatedAt(), article.getStartsAt(), article.getEndsAt(), text.getTitle(),
					text.getSummary(), location(article), absolute.apply(SitePaths.article(language, slug))));
		});
	}

	/** The place, the online link, or both. */
	private static String location(Article article) {
		if (article.getPlace() != null && article.getOnlineUrl() != null) {
			return article.getPlace() + " / " + article.getOnlineUrl();
		}
		return (article.getPlace() != null) ? article.getPlace() : article.getOnlineUrl();
	}

	private JdbcClient.StatementSpec shown(JdbcClient.StatementSpec statement, Language language, Instant now) {
		return this.lists.bind(statement, language, now);
	}

	private record EventRow(long id, Instant start, Instant end) {
	}

}
