package ma.oim.site.news;

import org.springframework.security.core.Authentication;

/**
 * Who may publish and whose articles one may write: news asks, the review module answers
 * (it keeps the site's setting "editors publish without review"), as web asks
 * {@code ScheduledChanges} of news.
 */
public interface PublishingRights {

	/** Publishes, schedules or changes a public article without a review by someone else. */
	boolean publishesDirectly(Authentication who);

	/** Writes any article; false: only the articles one created (contributors). */
	boolean writesOthersArticles(Authentication who);

}
