package ma.oim.site.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads the sitemap index and its sitemaps as a crawler does, checking them against the protocol. */
public final class Sitemaps {

	public static final String BASE = "http://localhost:8080";

	public static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	public static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** One {@code <url>}: its lastmod (or null) and its alternates by hreflang. */
	public record Url(String lastmod, Map<String, String> alternates) {
	}

	private Sitemaps() {
	}

	/** The paths of the sitemaps that the index at /sitemap.xml lists, in its order. */
	public static List<String> paths(MockMvc mvc) throws Exception {
		Element root = document(mvc, "/sitemap.xml");
		assertThat(root.getLocalName()).isEqualTo("sitemapindex");
		List<String> paths = new ArrayList<>();
		NodeList locs = root.getElementsByTagNameNS(SITEMAP, "loc");
		for (int i = 0; i < locs.getLength(); i++) {
			assertThat(locs.item(i).getParentNode().getLocalName()).isEqualTo("sitemap");
			String loc = locs.item(i).getTextContent();
			assertThat(loc).startsWith(BASE + "/");
			paths.add(loc.substring(BASE.length()));
		}
		return paths;
	}

	/** The URLs of every sitemap of the index by their loc, with the XML checked against the protocol's namespaces. */
	public static Map<String, Url> urls(MockMvc mvc) throws Exception {
		Map<String, Url> urls = new LinkedHashMap<>();
		for (String path : paths(mvc)) {
			addUrls(document(mvc, path), urls);
		}
		return urls;
	}

	/** The URLs of one sitemap by their loc. */
	public static Map<String, Url> urls(MockMvc mvc, String path) throws Exception {
		Map<String, Url> urls = new LinkedHashMap<>();
		addUrls(document(mvc, path), urls);
		return urls;
	}

	private static Element document(MockMvc mvc, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		Element root = parse(response.getContentAsString()).getDocumentElement();
		assertThat(root.getNamespaceURI()).as(path).isEqualTo(SITEMAP);
		return root;
	}

	private static void addUrls(Element root, Map<String, Url> urls) {
		assertThat(root.getLocalName()).isEqualTo("urlset");
		NodeList elements = root.getElementsByTagNameNS(SITEMAP, "url");
		for (int i = 0; i < elements.getLength(); i++) {
			Element url = (Element) elements.item(i);
			String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
			NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
			Map<String, String> alternates = new LinkedHashMap<>();
			NodeList links = url.getElementsByTagNameNS(XHTML, "link");
			for (int j = 0; j < links.getLength(); j++) {
				Element link = (Element) links.item(j);
				assertThat(link.getAttribute("rel")).isEqualTo("alternate");
				alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
			}
			assertThat(urls.put(loc, new Url((lastmod.getLength() > 0) ? lastmod.item(0).getTextContent() : null,
					alternates))).as("listed once: " + loc).isNull();
		}
	}

	public static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
