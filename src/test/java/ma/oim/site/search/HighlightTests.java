package ma.oim.site.search;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ts_headline's markers become {@code <mark>}, and nothing else becomes markup. */
class HighlightTests {

	static final String START = String.valueOf(SearchRepository.START);

	static final String STOP = String.valueOf(SearchRepository.STOP);

	@Test
	void markersBecomeMarkAndTextIsEscaped() {
		assertThat(Highlight.toHtml("Deux " + START + "formations" + STOP + " <b>&</b> \"l'OIM\""))
			.isEqualTo("Deux <mark>formations</mark> &lt;b&gt;&amp;&lt;/b&gt; &quot;l&#39;OIM&quot;");
	}

	@Test
	void markupAroundMarkersStaysEscaped() {
		assertThat(Highlight.toHtml("<" + START + "script" + STOP + ">"))
			.isEqualTo("&lt;<mark>script</mark>&gt;");
	}

	@Test
	void strayMarkersNeverLeaveAnElementOpen() {
		assertThat(Highlight.toHtml(STOP + "a" + START + "b")).isEqualTo("a<mark>b</mark>");
		assertThat(Highlight.toHtml(START + START + "a" + STOP + STOP)).isEqualTo("<mark>a</mark>");
		assertThat(Highlight.toHtml(null)).isEmpty();
	}

	@Test
	void accentsAreKeptAsTheyAre() {
		assertThat(Highlight.toHtml("réintégration")).isEqualTo("réintégration");
	}

	@Test
	void everyKindOfResultHasItsLabel() throws Exception {
		for (String language : new String[] { "fr", "en" }) {
			Properties messages = new Properties();
			try (var in = HighlightTests.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(messages).containsKeys("search.kind.ARTICLE", "search.kind.PAGE");
		}
	}

}
