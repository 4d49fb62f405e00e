package ma.oim.site.news;

import java.util.List;

/**
 * What a reviewer reads of an article: the change proposed to it (null when none), its
 * words language by language, and the other fields that change.
 */
public record ReviewReading(ArticleProposal proposal, List<ReviewChanges> changes, List<ReviewDetail> details) {

}
