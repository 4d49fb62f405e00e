package ma.oim.site.news;

import java.util.List;

import ma.oim.site.axes.ThematicAxis;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement of an article's neighbours gives its own axes too, as its entity has them. */
@SiteTest
@Transactional
class NeighboursTests {

	@Autowired
	NewsService news;

	@Autowired
	ArticleRepository articles;

	@Test
	void theAxesReadWithTheNeighboursAreTheArticlesOwn() {
		List<Article> published = this.articles.findAll()
			.stream()
			.filter((article) -> article.getStatus() == ArticleStatus.PUBLISHED)
			.toList();
		assertThat(published).as("the seeded news").hasSizeGreaterThan(5);
		assertThat(published).as("an article with several axes")
			.anySatisfy((article) -> assertThat(article.getAxes()).hasSizeGreaterThan(1));
		for (Article article : published) {
			NewsService.Neighbours around = this.news.neighbours(article, null, PublicNews.RELATED_COUNT);
			assertThat(around.axisIds()).as("axes of %s", article.getId())
				.containsExactlyInAnyOrderElementsOf(article.getAxes().stream().map(ThematicAxis::getId).toList());
			assertThat(around.ids()).as("its neighbours, not its axes").doesNotContain(article.getId());
			assertThat(around.related()).hasSizeLessThanOrEqualTo(PublicNews.RELATED_COUNT);
		}
	}

}
