package ma.oim.site.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.testsupport.SeedFiles;
import ma.oim.site.testsupport.SeedFiles.SeedArticle;
import ma.oim.site.testsupport.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content of record in Arabic (V13__arabic_content.sql): every seeded axis, partner,
 * organisation page and article has an Arabic translation, with an Arabic title, an Arabic
 * slug or path, the numbers and proper names of the French, and the same paragraphs; the
 * French rows, the language of record, are as seeded.
 */
@SiteTest
class ArabicSeedContentTests {

	/** Arabic letters (no diacritics, no tatweel), Western digits and lower-case Latin, joined by hyphens. */
	static final Pattern ARABIC_SLUG = Pattern
		.compile("[\\u0621-\\u063A\\u0641-\\u064A0-9a-z]+(-[\\u0621-\\u063A\\u0641-\\u064A0-9a-z]+)*");

	static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

	static final Pattern NUMBER = Pattern.compile("[0-9]+");

	/** Names kept in Latin script in every language. */
	static final List<String> LATIN_NAMES = List.of("FORSATY", "DGSN", "GADEM", "COP22", "Heure Joyeuse");

	static final List<String> AXIS_SLUGS = List.of("protection-et-resilience", "migration-gouvernance-et-developpement",
			"appui-a-la-jeunesse");

	static final List<String> PARTNER_NAMES = List.of("Union européenne", "USAID (programme FORSATY)",
			"Aljazeera Media Network", "Ministère de l'Emploi et des Affaires Sociales",
			"DGSN (Direction Générale de la Sûreté Nationale)", "Fondation Orient Occident",
			"Association Heure Joyeuse", "GADEM (Groupe Antiraciste de Défense des Etrangers et Migrants)",
			"Ministère de l’Intérieur de Djibouti",
			"Ministère délégué chargé des Marocains résidant à l’étranger et des Affaires de la migration");

	/** French path and title of the nine seeded pages. */
	static final Map<String, String> PAGES = Map.of("qui-sommes-nous", "Qui sommes nous", "qui-sommes-nous/a-propos",
			"À propos", "qui-sommes-nous/oim-global", "OIM Global", "notre-travail", "Notre travail",
			"notre-travail/ce-que-nous-faisons", "Ce que nous faisons", "notre-travail/priorites-transversales",
			"Priorités transversales (globales)", "notre-travail/priorites-transversales/donnees-et-ressources",
			"Données et ressources", "notre-travail/priorites-transversales/agir", "Agir",
			"notre-travail/priorites-transversales/2030-agenda", "2030 Agenda");

	static final List<String> ARTICLE_SLUGS = List.of("l-oim-devient-une-organisation-affiliee-aux-nations-unies",
			"les-etats-membres-de-l-oim-approuvent-leur-adhesion-aux-nations-unies",
			"lutte-contre-la-traite-des-etres-humains-deux-formations-au-profit-des-forces-de",
			"l-oim-maroc-et-aljazeera-media-network-ont-signe-le-vendredi-3-juin-2016-un",
			"signature-a-geneve-d-un-partenariat-entre-l-oim-et-le-minstere-d-emploi-et-des",
			"cop22-la-mobilite-humaine-au-coeur-des-preoccupations-du-maroc",
			"organisation-de-deux-formations-sur-le-les-themes-du-retour-et-reintegration-et",
			"seminaire-de-presentation-des-resultats-de-l-etude-education-non-formelle",
			"l-oim-maroc-a-organise-deux-ateliers-de-formation-sur-l-interculturalite",
			"mohamed-et-omar-de-migrants-a-acteurs-du-developpement",
			"visite-d-etude-de-la-delegation-interministerielle-djiboutienne-au-maroc");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySeededAxisHasAnArabicNameSlugAndDescription() {
		for (String slug : AXIS_SLUGS) {
			Map<String, Object> row = this.jdbc.queryForMap("""
					select fr.name as fr_name, fr.description as fr_text, ar.slug, ar.name, ar.description
					from thematic_axis_translation fr
					join thematic_axis_translation ar on ar.axis_id = fr.axis_id and ar.language = 'ar'
					where fr.language = 'fr' and fr.slug = ?""", slug);
			assertArabicSlug(slug, (String) row.get("slug"));
			assertArabic(slug, (String) row.get("name"));
			assertArabic(slug, (String) row.get("description"));
			assertFaithful(slug, row.get("fr_name") + " " + row.get("fr_text"), row.get("name") + " " + row.get("description"));
		}
	}

	@Test
	void everySeededPartnerHasAnArabicNameAndDescription() {
		for (String name : PARTNER_NAMES) {
			Map<String, Object> row = this.jdbc.queryForMap("""
					select fr.description as fr_text, ar.name, ar.description
					from partner_translation fr
					join partner_translation ar on ar.partner_id = fr.partner_id and ar.language = 'ar'
					where fr.language = 'fr' and fr.name = ?""", name);
			assertArabic(name, (String) row.get("name"));
			assertArabic(name, (String) row.get("description"));
			assertFaithful(name, name + " " + row.get("fr_text"), row.get("name") + " " + row.get("description"));
		}
	}

	@Test
	void everySeededPageHasAnArabicTitleSlugAndPathBelowItsParentsArabicPath() {
		for (Map.Entry<String, String> page : PAGES.entrySet()) {
			Map<String, Object> row = this.jdbc.queryForMap("""
					select fr.title as fr_title, fr.body_html as fr_html, ar.slug, ar.path, ar.title, ar.body_html,
					       ar.body_markdown, parent.path as parent_path
					from page_translation fr
					join page p on p.id = fr.page_id
					join page_translation ar on ar.page_id = fr.page_id and ar.language = 'ar'
					left join page_translation parent on parent.page_id = p.parent_id and parent.language = 'ar'
					where fr.language = 'fr' and fr.path = ?""", page.getKey());
			String path = page.getKey();
			assertThat(row.get("fr_title")).as(path).isEqualTo(page.getValue());
			assertArabicSlug(path, (String) row.get("slug"));
			String parentPath = (String) row.get("parent_path");
			assertThat(row.get("path")).as(path)
				.isEqualTo((parentPath != null) ? parentPath + "/" + row.get("slug") : row.get("slug"));
			assertArabic(path, (String) row.get("title"));
			assertSameParagraphs(path, (String) row.get("fr_html"), (String) row.get("body_html"),
					(String) row.get("body_markdown"));
			assertFaithful(path, row.get("fr_title") + " " + row.get("fr_html"), row.get("title") + " " + row.get("body_html"));
		}
	}

	@Test
	void everySeededArticleHasAnArabicTitleSlugSummaryAndBody() {
		List<String> frenchTitles = new ArrayList<>();
		for (String slug : ARTICLE_SLUGS) {
			Map<String, Object> row = this.jdbc.queryForMap("""
					select fr.title as fr_title, fr.summary as fr_summary, fr.body_html as fr_html,
					       ar.slug, ar.title, ar.summary, ar.body_html, ar.body_markdown
					from article_translation fr
					join article_translation ar on ar.article_id = fr.article_id and ar.language = 'ar'
					where fr.language = 'fr' and fr.slug = ?""", slug);
			frenchTitles.add((String) row.get("fr_title"));
			assertArabicSlug(slug, (String) row.get("slug"));
			assertArabic(slug, (String) row.get("title"));
			assertArabic(slug, (String) row.get("summary"));
			assertSameParagraphs(slug, (String) row.get("fr_html"), (String) row.get("body_html"),
					(String) row.get("body_markdown"));
			assertFaithful(slug, row.get("fr_title") + " " + row.get("fr_summary") + " " + row.get("fr_html"),
					row.get("title") + " " + row.get("summary") + " " + row.get("body_html"));
		}
		List<SeedArticle> seeds = new ArrayList<>(SeedFiles.newsItems());
		seeds.add(SeedFiles.studyVisit());
		assertThat(frenchTitles).containsExactlyInAnyOrderElementsOf(seeds.stream().map(SeedArticle::title).toList());
	}

	@Test
	void frenchArticlesAreStillTheSeedTextVerbatim() {
		List<SeedArticle> seeds = new ArrayList<>(SeedFiles.newsItems());
		seeds.add(SeedFiles.studyVisit());
		for (SeedArticle seed : seeds) {
			Map<String, Object> row = this.jdbc.queryForMap("""
					select summary, body_html from article_translation where language = 'fr' and title = ?""",
					seed.title());
			assertThat(row.get("summary")).as(seed.title()).isEqualTo(seed.paragraphs().get(0));
			StringBuilder body = new StringBuilder();
			seed.paragraphs().stream().skip(1).forEach((paragraph) -> body.append("<p>").append(paragraph).append("</p>"));
			assertThat(row.get("body_html")).as(seed.title()).isEqualTo(body.toString());
		}
	}

	@Test
	void arabicSlugsAndPathsAreUniqueAndTheSeedHasNoOtherArabicRows() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from article_translation where language = 'ar'", Integer.class))
			.isGreaterThanOrEqualTo(ARTICLE_SLUGS.size());
		assertThat(this.jdbc.queryForList("""
				select slug from article_translation where language = 'ar' group by slug having count(*) > 1""",
				String.class)).isEmpty();
		assertThat(this.jdbc.queryForList("""
				select path from page_translation where language = 'ar' group by path having count(*) > 1""",
				String.class)).isEmpty();
	}

	/** The migration only adds Arabic rows: it updates, deletes or alters nothing, so the French cannot change. */
	@Test
	void theMigrationOnlyInsertsArabicRows() throws IOException {
		String sql;
		try (InputStream in = getClass().getResourceAsStream("/db/migration/V13__arabic_content.sql")) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String code = sql.replaceAll("(?m)--.*$", "").replaceAll("'(?:[^']|'')*'", "''");
		assertThat(code.toLowerCase(Locale.ROOT)).doesNotContain("update", "delete", "alter", "drop", "truncate",
				"create");
		Matcher inserts = Pattern.compile("insert into (\\w+)").matcher(sql);
		Set<String> tables = new TreeSet<>();
		while (inserts.find()) {
			tables.add(inserts.group(1));
		}
		assertThat(tables).containsExactlyInAnyOrder("thematic_axis_translation", "partner_translation",
				"page_translation", "article_translation");
		Matcher rows = Pattern.compile("(?m)^select \\w+, '(\\w+)'").matcher(sql);
		int count = 0;
		while (rows.find()) {
			assertThat(rows.group(1)).isEqualTo("ar");
			count++;
		}
		assertThat(count).isEqualTo(AXIS_SLUGS.size() + PARTNER_NAMES.size() + PAGES.size() + ARTICLE_SLUGS.size());
	}

	private static void assertArabicSlug(String what, String slug) {
		assertThat(slug).as(what).matches(ARABIC_SLUG).containsPattern(ARABIC_LETTER);
	}

	private static void assertArabic(String what, String text) {
		assertThat(text).as(what).isNotBlank().containsPattern(ARABIC_LETTER);
	}

	/** The same numbers (dates, counts) and the same names kept in Latin script as the French. */
	private static void assertFaithful(String what, String french, String arabic) {
		assertThat(numbers(arabic)).as(what + ": numbers").isEqualTo(numbers(french));
		for (String name : LATIN_NAMES) {
			if (french.contains(name)) {
				assertThat(arabic).as(what).contains(name);
			}
		}
	}

	private static Set<String> numbers(String text) {
		Set<String> numbers = new TreeSet<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group());
		}
		return numbers;
	}

	/** As many paragraphs as the French, in HTML and in Markdown, and the Markdown is the HTML's source. */
	private static void assertSameParagraphs(String what, String frenchHtml, String html, String markdown) {
		int paragraphs = frenchHtml.split("<p>", -1).length - 1;
		assertThat(html.split("<p>", -1).length - 1).as(what).isEqualTo(paragraphs);
		if (paragraphs == 0) {
			assertThat(html).as(what).isEmpty();
			assertThat(markdown).as(what).isEmpty();
		}
		else {
			assertThat("<p>" + markdown.replace("\n\n", "</p><p>") + "</p>").as(what).isEqualTo(html);
			assertThat(html).as(what).containsPattern(ARABIC_LETTER);
		}
	}

}
