package ma.oim.site.pages;

import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The page tree read without entities holds what the editors' entities hold. */
@SiteTest
@Transactional
class PageNodesTests {

	@Autowired
	PageNodes nodes;

	@Autowired
	PageRepository pages;

	@Test
	void everyPageWithItsPlaceAndItsTextsAsTheEntitiesHaveThem() {
		List<PageNode> all = this.nodes.all();
		assertThat(all).as("the seeded pages").hasSizeGreaterThan(5);
		assertThat(all).extracting(PageNode::position).isSorted();
		for (PageNode node : all) {
			OrganisationPage page = this.pages.findById(node.id()).orElseThrow();
			assertThat(node.parentId()).as("parent of %s", node.id()).isEqualTo(page.getParentId());
			assertThat(node.position()).isEqualTo(page.getPosition());
			assertThat(node.externalUrl()).isEqualTo(page.getExternalUrl());
			assertThat(node.listing()).isEqualTo(page.getListing());
			for (Language language : Language.values()) {
				assertThat(node.text(language).map(PageNode.Text::title)).as("title of %s in %s", node.id(), language)
					.isEqualTo(page.text(language).map(PageText::getTitle));
				assertThat(node.text(language).map(PageNode.Text::slug))
					.isEqualTo(page.text(language).map(PageText::getSlug));
				assertThat(node.text(language).map(PageNode.Text::path))
					.isEqualTo(page.text(language).map(PageText::getPath));
				assertThat(node.text(language).map(PageNode.Text::bodyHtml))
					.isEqualTo(page.text(language).map(PageText::getBodyHtml));
			}
		}
		assertThat(all).as("a page with a listing").anySatisfy((node) -> assertThat(node.listing()).isNotNull());
		assertThat(all).as("a child page").anySatisfy((node) -> assertThat(node.parentId()).isNotNull());
		assertThat(all).as("a page linking out").anySatisfy((node) -> assertThat(node.isExternal()).isTrue());
	}

}
