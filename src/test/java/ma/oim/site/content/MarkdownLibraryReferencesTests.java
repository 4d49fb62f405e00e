package ma.oim.site.content;

import java.util.Map;
import java.util.stream.Collectors;

import ma.oim.site.i18n.Language;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of references to the library in Markdown: {@code ![alt](media:ID)}. */
class MarkdownLibraryReferencesTests {

	/** One image in the library, id 32, described in French and Arabic. */
	static final LibraryImages LIBRARY = (ids, language) -> ids.stream()
		.filter((id) -> id == 32L)
		.collect(Collectors.toMap((id) -> id, (id) -> new LibraryImages.Image("/media/32/1600.jpg", 1600, 1067,
				language.code().equals("ar") ? "ورشة عمل في الرباط" : "Un atelier à Rabat")));

	final Markdown markdown = new Markdown(new StaticListableBeanFactory(Map.of("library", LIBRARY))
		.getBeanProvider(LibraryImages.class));

	@Test
	void aTextTakesTheLibrarysAltTextInItsOwnLanguage() {
		assertThat(this.markdown.toSafeHtml("![](media:32)", Language.forCode("ar")))
			.contains("alt=\"ورشة عمل في الرباط\"")
			.doesNotContain("Un atelier");
		assertThat(this.markdown.toSafeHtml("![](media:32)", Language.forCode("fr"))).contains("alt=\"Un atelier à Rabat\"");
	}

	@Test
	void aReferenceBecomesTheImagesAddressWithItsSizeAndItsAltText() {
		assertThat(this.markdown.toSafeHtml("![](media:32)"))
			.isEqualTo("<p><img src=\"/media/32/1600.jpg\" alt=\"Un atelier à Rabat\" width=\"1600\" height=\"1067\" /></p>");
	}

	@Test
	void theEditorsAltTextWins() {
		assertThat(this.markdown.toSafeHtml("![Des jeunes](media:32)")).contains("alt=\"Des jeunes\"", "width=\"1600\"");
	}

	@Test
	void aReferenceToNoImageOrNoIdLeavesItsText() {
		assertThat(this.markdown.toSafeHtml("A ![Photo retirée](media:33) B ![x](media:abc)"))
			.isEqualTo("<p>A Photo retirée B x</p>");
	}

	@Test
	void rawHtmlCannotUseAReference() {
		assertThat(this.markdown.toSafeHtml("<img src=\"media:32\" alt=\"x\">")).doesNotContain("src=");
	}

	@Test
	void withoutALibraryAReferenceLeavesItsText() {
		Markdown alone = new Markdown(new StaticListableBeanFactory().getBeanProvider(LibraryImages.class));
		assertThat(alone.toSafeHtml("![Une photo](media:32)")).isEqualTo("<p>Une photo</p>");
	}

}
