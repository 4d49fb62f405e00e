package ma.oim.site.partners;

import java.util.List;

import ma.oim.site.i18n.Language;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners an article names, read without entities: in the partners page's order,
 * each in the reader's language, in French where it has no translation.
 */
@SiteTest
class PartnerDirectoryTests {

	@Autowired
	PartnerDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeAddedRows() {
		this.jdbc.update("delete from article where author_email = 'partner-links@oim.test'");
		this.jdbc.update("delete from partner where website = 'https://partenaire-sans-traduction.test'");
	}

	@Test
	void partnersInTheirOrderInTheReadersLanguageOrInFrench() {
		long article = this.jdbc.queryForObject(
				"insert into article (status, author_email) values ('DRAFT', 'partner-links@oim.test') returning id",
				Long.class);
		long frenchOnly = this.jdbc.queryForObject("insert into partner (kind, website, position) values "
				+ "('DONOR', 'https://partenaire-sans-traduction.test', 0) returning id", Long.class);
		this.jdbc.update("insert into partner_translation (partner_id, language, name, description) "
				+ "values (?, 'fr', 'Partenaire sans traduction', '')", frenchOnly);
		// The European Union (position 1), then the partner at position 0, to be put first.
		this.jdbc.update("insert into article_partner (article_id, partner_id) values (?, 1), (?, ?)", article,
				article, frenchOnly);

		assertThat(this.directory.links(partnersOf(article), Language.forCode("en"))).containsExactly(
				new PartnerLink("Partenaire sans traduction", "/en/partners#partner-" + frenchOnly),
				new PartnerLink("European Union", "/en/partners#partner-1"));
		assertThat(this.directory.links(partnersOf(article), Language.forCode("fr"))).containsExactly(
				new PartnerLink("Partenaire sans traduction", "/fr/partenaires#partner-" + frenchOnly),
				new PartnerLink("Union européenne", "/fr/partenaires#partner-1"));
	}

	/** As the article's page reads them, in no particular order. */
	private List<Long> partnersOf(long article) {
		return this.jdbc.queryForList("select partner_id from article_partner where article_id = ? order by partner_id desc",
				Long.class, article);
	}

	@Test
	void anArticleWithoutPartnersNamesNone() {
		long article = this.jdbc.queryForObject(
				"insert into article (status, author_email) values ('DRAFT', 'partner-links@oim.test') returning id",
				Long.class);

		assertThat(this.directory.links(partnersOf(article), Language.forCode("fr"))).isEmpty();
	}

}
