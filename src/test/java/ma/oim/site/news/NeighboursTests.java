package ma.oim.site.news;

import java.time.Clock;
import java.util.List;

import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement of an article's neighbours gives its own axes and partners too, as its entity has them. */
@SiteTest
@Transactional
class NeighboursTests {

	@Autowired
	PublicArticleIds ids;

	@Autowired
	Clock clock;

	@Autowired
	ArticleRepository articles;

	@Test
	void theAxesAndPartnersReadWithTheNeighboursAreTheArticlesOwn() {
		List<Article> published = this.articles.findAll()
			.stream()
			.filter((article) -> article.getStatus() == ArticleStatus.PUBLISHED)
			.toList();
		assertThat(published).as("the seeded news").hasSizeGreaterThan(5);
		assertThat(published).as("an article with several axes")
			.anySatisfy((article) -> assertThat(article.getAxisIds()).hasSizeGreaterThan(1));
		for (Article article : published) {
			PublicArticleIds.Neighbours around = this.ids.around(article, null, this.clock.instant(),
					PublicNews.RELATED_COUNT);
			assertThat(around.axisIds()).as("axes of %s", article.getId())
				.containsExactlyInAnyOrderElementsOf(article.getAxisIds());
			assertThat(around.partnerIds()).as("partners of %s", article.getId())
				.containsExactlyInAnyOrderElementsOf(article.getPartnerIds());
			assertThat(around.ids()).as("its neighbours, not its axes").doesNotContain(article.getId());
			assertThat(around.related()).hasSizeLessThanOrEqualTo(PublicNews.RELATED_COUNT);
		}
	}

}
