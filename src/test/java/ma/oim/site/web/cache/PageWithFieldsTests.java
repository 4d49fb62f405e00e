package ma.oim.site.web.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.web.VisitorFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageWithFieldsTests {

	private static final VisitorFields FIELDS = new VisitorFields() {

		@Override
		public List<String> placeholders() {
			return List.of("holeToken", "holeStamp");
		}

		@Override
		public Map<String, String> valuesFor(HttpServletRequest request, HttpServletResponse response) {
			throw new UnsupportedOperationException();
		}

	};

	@Test
	void theGzippedPageIsThePlainPageWithTheValuesWhereverThePlaceholdersAre() throws IOException {
		String text = "<p lang=\"ar\">مرحبا، هذه صفحة الاتصال</p>\n".repeat(300);
		String page = "holeStamp<html>" + text + "<input value=\"holeToken\">" + text
				+ "<input value=\"holeStamp\"></html>holeToken";
		PageWithFields template = PageWithFields.of(page.getBytes(StandardCharsets.UTF_8), FIELDS);
		Map<String, String> values = Map.of("holeToken", "t0k3n-ÀB", "holeStamp", "1765000000.abc");
		String expected = page.replace("holeToken", "t0k3n-ÀB").replace("holeStamp", "1765000000.abc");

		assertThat(new String(template.plain(values), StandardCharsets.UTF_8)).isEqualTo(expected);
		byte[] gzipped = template.gzipped(values);
		assertThat(gunzip(gzipped)).isEqualTo(expected);
		assertThat(gzipped.length).as("compressed").isLessThan(expected.getBytes(StandardCharsets.UTF_8).length / 5);
	}

	@Test
	void emptyAndVeryLongValuesAndAPageWithoutPlaceholdersStayWhole() throws IOException {
		String longValue = "x".repeat(150_000);
		PageWithFields template = PageWithFields.of("a holeToken b holeStamp c".getBytes(StandardCharsets.UTF_8),
				FIELDS);
		assertThat(gunzip(template.gzipped(Map.of("holeToken", "", "holeStamp", longValue))))
			.isEqualTo("a  b " + longValue + " c");

		PageWithFields none = PageWithFields.of("no field here".getBytes(StandardCharsets.UTF_8), FIELDS);
		assertThat(gunzip(none.gzipped(Map.of()))).isEqualTo("no field here");
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
