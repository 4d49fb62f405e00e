package ma.oim.site.news;

import java.time.Instant;
import java.util.Map;

import ma.oim.site.i18n.Language;

/**
 * Where a public article lives, for the sitemap.
 *
 * @param paths its path in each language it is translated into
 * @param updated its last modification
 */
public record ArticleLocation(Map<Language, String> paths, Instant updated) {
}
