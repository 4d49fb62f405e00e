package ma.oim.site.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An article as saved at one moment: what a revision keeps, to show or restore. */
public record ArticleSnapshot(Map<String, Text> texts, Instant publishedAt, String status, List<Long> axisIds,
		List<Long> partnerIds, Long featuredImageId) {

	public record Text(String slug, String title, String summary, String body) {
	}

}
