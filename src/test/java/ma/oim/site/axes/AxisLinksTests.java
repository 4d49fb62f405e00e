package ma.oim.site.axes;

import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axes as public pages link to them, read without entities: the same links as the
 * entities give, in menu order, with the French text where an axis has no translation.
 */
@SiteTest
@Transactional
class AxisLinksTests {

	@Autowired
	AxisLinks links;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeAxis() {
		this.jdbc.update("delete from thematic_axis where id in "
				+ "(select axis_id from thematic_axis_translation where slug = 'axe-sans-traduction')");
	}

	@Test
	void sameLinksAsTheEntitiesInMenuOrder() {
		for (Language language : Language.values()) {
			assertThat(this.links.all(language)).as("axes in %s", language)
				.hasSize(entities().size())
				.containsExactlyElementsOf(entities().stream().map((axis) -> link(axis, language)).toList());
		}
	}

	@Test
	void anAxisWithoutTranslationLinksToItsFrenchPage() {
		long id = this.jdbc.queryForObject("insert into thematic_axis (position) values (0) returning id", Long.class);
		this.jdbc.update("insert into thematic_axis_translation (axis_id, language, slug, name, description) "
				+ "values (?, 'fr', 'axe-sans-traduction', 'Axe sans traduction', 'Seulement en français')", id);

		List<AxisLink> english = this.links.all(Language.forCode("en"));
		assertThat(english.get(0)).as("position 0 comes first")
			.isEqualTo(AxisLink.of(Language.forCode("fr"), "axe-sans-traduction", "Axe sans traduction", "Seulement en français"));
		assertThat(english.get(0).path()).startsWith("/fr/");
		assertThat(english.subList(1, english.size())).allSatisfy((link) -> assertThat(link.path()).startsWith("/en/"));
	}

	/** As the entities' query: the slug of the page's language only, no French fallback. */
	@Test
	void anAxisIsFoundByItsSlugInTheLanguageOfTheAddress() {
		for (ThematicAxis axis : entities()) {
			for (Language language : Language.values()) {
				axis.text(language).ifPresent((text) -> {
					AxisLinks.Axis found = this.links.bySlug(language, text.getSlug()).orElseThrow();
					assertThat(found.id()).isEqualTo(axis.getId());
					assertThat(found.in(language)).isEqualTo(link(axis, language));
					for (Language other : Language.values()) {
						assertThat(found.in(other)).isEqualTo(link(axis, other));
					}
				});
			}
		}
		String frenchSlug = entities().get(0).text(Language.forCode("fr")).orElseThrow().getSlug();
		String englishSlug = entities().get(0).text(Language.forCode("en")).orElseThrow().getSlug();
		assertThat(this.links.bySlug(Language.forCode("en"), frenchSlug)).isEmpty();
		assertThat(this.links.bySlug(Language.forCode("fr"), englishSlug)).isEmpty();
		assertThat(this.links.bySlug(Language.forCode("fr"), "axe-inconnu")).isEmpty();
	}

	@Test
	void theAxesOfCardsFollowTheMenuOrderWhateverTheOrderOfTheirIds() {
		List<ThematicAxis> all = entities();
		ThematicAxis first = all.get(0);
		ThematicAxis last = all.get(all.size() - 1);

		assertThat(this.links.of(List.of(last.getId(), -1L, first.getId()), Language.forCode("fr"))).as("unknown id left out")
			.containsExactly(link(first, Language.forCode("fr")), link(last, Language.forCode("fr")));
		assertThat(this.links.of(List.of(), Language.forCode("fr"))).isEmpty();
	}

	/** The axes as entities, in menu order. */
	private List<ThematicAxis> entities() {
		return this.entities.createQuery("select a from ThematicAxis a order by a.position", ThematicAxis.class)
			.getResultList();
	}

	/** The link the entity gives: its text in that language, or its French page without a translation. */
	private static AxisLink link(ThematicAxis axis, Language language) {
		Language shown = axis.text(language).isPresent() ? language : Language.forCode("fr");
		AxisText text = axis.textOrFrench(shown);
		return AxisLink.of(shown, text.getSlug(), text.getName(), text.getDescription());
	}

}
