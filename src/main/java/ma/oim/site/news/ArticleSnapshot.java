package ma.oim.site.news;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.i18n.Language;

/** An article as saved at one moment: what a revision keeps, to show or restore. */
public record ArticleSnapshot(Map<String, Text> texts, Instant publishedAt, String status, List<Long> axisIds,
		List<Long> partnerIds, Long featuredImageId) {

	public record Text(String slug, String title, String summary, String body) {
	}

	static ArticleSnapshot of(Article article) {
		Map<String, Text> texts = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			article.text(language)
				.ifPresent((text) -> texts.put(language.code(),
						new Text(text.getSlug(), text.getTitle(), text.getSummary(), text.getBodyMarkdown())));
		}
		return new ArticleSnapshot(texts, article.getPublishedAt(), article.getStatus().name(),
				article.getAxisIds().stream().sorted().toList(), article.getPartnerIds().stream().sorted().toList(),
				(article.getFeaturedImage() != null) ? article.getFeaturedImage().getId() : null);
	}

}
