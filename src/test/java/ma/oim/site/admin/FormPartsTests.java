package ma.oim.site.admin;

import java.util.List;

import ma.oim.site.testsupport.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The back office's multipart forms stay well within the parts Tomcat accepts in one
 * request ({@code server.tomcat.max-part-count}): above it, Tomcat answers 413 to the whole
 * form before the application sees it (the article editor passed Tomcat's default of 50
 * once its fields per language and its kinds' fields were added).
 */
@SiteTest
class FormPartsTests {

	@Autowired
	MockMvc mvc;

	@Value("${server.tomcat.max-part-count}")
	int maxPartCount;

	@ParameterizedTest
	@ValueSource(strings = { "/admin/articles/new", "/admin/partners/new", "/admin/media" })
	void aFormHasAtMostHalfTheParts(String path) throws Exception {
		Document page = org.jsoup.Jsoup.parse(this.mvc
			.perform(get(path).with(user("admin@oim.test").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<Integer> parts = page.select("form[enctype=multipart/form-data]")
			.stream()
			.map((form) -> form.select("input[name], select[name], textarea[name], button[name]").size())
			.toList();
		assertThat(parts).as(path).isNotEmpty().allSatisfy((count) -> assertThat(count).as(path)
			.isLessThanOrEqualTo(this.maxPartCount / 2));
		System.out.println(path + ": " + parts + " named controls, Tomcat accepts " + this.maxPartCount + " parts");
	}

}
