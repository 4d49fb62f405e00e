package ma.oim.site.news;

import java.time.Instant;

/**
 * A change proposed to a public or scheduled article, waiting beside it: the editor's form
 * as its writer last saved it.
 *
 * @param baseVersion the article's version it was written against
 * @param version counts its saves; an approval names the one its reviewer read
 */
public record ArticleProposal(long articleId, ArticleForm form, long baseVersion, int version, String savedBy,
		Instant savedAt) {

}
