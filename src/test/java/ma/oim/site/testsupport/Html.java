package ma.oim.site.testsupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Fetches pages through MockMvc and parses them, for assertions on the document. */
public final class Html {

	private Html() {
	}

	public static Document page(MockMvc mvc, String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("GET " + path + " answered " + result.getResponse().getStatus());
		}
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
	}

	/** Text with every run of white space (non-breaking spaces included) folded to one space. */
	public static String normalized(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

}
