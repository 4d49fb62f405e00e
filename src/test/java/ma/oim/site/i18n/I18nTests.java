package ma.oim.site.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ma.oim.site.partners.PartnerKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible string is in both message bundles: a key missing in one language,
 * a key used by a template but defined nowhere, or literal text in a template fails.
 */
class I18nTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads or hears; they must come from the bundles (th:alt, th:title...). */
	static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder", "label");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void bothLanguagesHaveTheSameKeysAndNoEmptyMessage() throws IOException {
		// Every configured language (oim.site.languages), not only the first two.
		Properties french = bundle("fr");
		for (String language : Language.codes()) {
			Properties bundle = bundle(language);
			assertThat(bundle.stringPropertyNames()).as("keys of messages_" + language)
				.containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
			assertThat(bundle.stringPropertyNames()).allSatisfy((key) -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void noKeyIsDefinedTwiceInAFile() throws IOException {
		for (String language : Language.codes()) {
			List<String> keys = new ArrayList<>();
			try (InputStream in = I18nTests.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (line.contains("=") && !line.startsWith("#")) {
						keys.add(line.substring(0, line.indexOf('=')).strip());
					}
				}
			}
			assertThat(keys).as("keys of messages_" + language).doesNotHaveDuplicates();
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Properties french = bundle("fr");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!french.containsKey(keys.group(1))) {
					missing.add(template + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void keysBuiltFromValuesExistForEveryValue() throws IOException {
		List<String> expected = new ArrayList<>();
		for (ma.oim.site.users.Role role : ma.oim.site.users.Role.values()) {
			expected.add("role." + role);
		}
		for (ma.oim.site.audit.AuditAction action : ma.oim.site.audit.AuditAction.values()) {
			expected.add("audit.action." + action);
		}
		for (String state : List.of("active", "locked", "disabled")) {
			expected.add("user.state." + state);
		}
		for (String state : List.of("new", "draft", "scheduled", "published", "withdrawn")) {
			expected.add("article.state." + state);
		}
		for (ma.oim.site.news.ArticleKind kind : ma.oim.site.news.ArticleKind.values()) {
			expected.add("article.kind." + kind);
		}
		for (ma.oim.site.news.CallType type : ma.oim.site.news.CallType.values()) {
			expected.add("calls.type." + type);
		}
		for (PartnerKind kind : PartnerKind.values()) {
			expected.add("partners.kind." + kind);
		}
		// What each language says of itself (Language reads them from its own bundle).
		expected.addAll(List.of("language.name", "language.direction", "language.openGraph", "language.unavailable",
				"language.dateLocale", "language.datePattern", "language.datePatternFirstDay", "path.news",
				"path.axes", "path.partners", "path.search", "path.feed"));
		for (String kind : List.of("notFound", "badRequest", "forbidden", "methodNotAllowed", "tooLarge", "serverError")) {
			expected.add("error." + kind + ".title");
			expected.add("error." + kind + ".text");
		}
		Properties french = bundle("fr");
		assertThat(expected.stream().filter((key) -> !french.containsKey(key)).toList()).as("missing keys").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Element root = Jsoup.parse(Files.readString(template));
			for (Element element : root.getAllElements()) {
				if (element.nameIs("script") || element.nameIs("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						literals.add(template + ": text \"" + text.text().strip() + "\"");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
						literals.add(template + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	@Test
	void theLiteralTextCheckCatchesLiteralText() {
		Element root = Jsoup.parse("<p>Bonjour</p><img alt=\"Logo\">");
		assertThat(root.select("p").first().textNodes()).anySatisfy((text) -> assertThat(LETTER.matcher(text.text()).find()).isTrue());
		assertThat(VISIBLE_ATTRIBUTES).contains(root.selectFirst("img").attributes().asList().get(0).getKey());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
			assertThat(templates).isNotEmpty();
			return templates;
		}
	}

	private static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTests.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(properties).isNotEmpty();
		return properties;
	}

}
