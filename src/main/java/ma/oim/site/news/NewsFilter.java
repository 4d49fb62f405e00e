package ma.oim.site.news;

import java.time.Clock;
import java.time.Year;

import ma.oim.site.i18n.Language;

/**
 * Which public articles a list shows.
 *
 * @param axisId only articles of this axis, or all when null
 * @param year only articles published this year (in Morocco), or all when null
 * @param language when not null, only articles translated into it
 */
public record NewsFilter(Long axisId, Integer year, Language language) {

	public static final NewsFilter ALL = new NewsFilter(null, null, null);

	/** IOM was founded in 1951: no news is older. */
	public static final int FIRST_YEAR = 1951;

	/** A year a filter may ask for; any other is a bad request, answered before any query. */
	public static boolean isPlausibleYear(int year, Clock clock) {
		return year >= FIRST_YEAR && year <= Year.now(clock).getValue() + 1;
	}

}
