package ma.oim.site.news;

import java.time.Instant;

/** One saved revision of an article, as the back office lists and shows it. */
public record ArticleRevision(long id, Instant savedAt, String savedBy, ArticleSnapshot content) {

}
