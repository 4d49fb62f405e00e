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

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final Clock clock;

	PublicEvents(JdbcClient jdbc, KindLists lists, ArticleCards cards, ArticleRepository articles, Clock clock) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.cards = cards;
		this.articles = articles;
		this.clock = clock;
	}

	/** A page of the list; past its last page is not found. */
	public ListPage list(Language language, PageNumber page) {
		Instant now = this.clock.instant();
		KindLists.Page found = this.lists.page(ArticleKind.EVENT, "true", ORDER, language, page, PAGE_SIZE,
				SitePaths.events(language), now);
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
		return month >= 1 && month <= 12 && year >= FIRST_YEAR
				&& year <= this.clock.instant().atZone(SiteZone.ZONE).getYear() + YEARS_AHEAD;
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
