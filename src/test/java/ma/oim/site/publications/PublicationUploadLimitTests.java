package ma.oim.site.publications;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import ma.oim.site.testsupport.HttpPages;
import ma.oim.site.testsupport.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 500 MB upload, sent over a real connection as a browser sends it (the CSRF token after
 * the file): refused with the error page in the editor's language from its announced
 * length, before the server reads the body, and nothing is stored.
 */
@SiteTest
class PublicationUploadLimitTests {

	static final long HALF_A_GIGABYTE = 500L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Long publicationId;

	@AfterEach
	void delete() {
		if (this.publicationId != null) {
			this.jdbc.update("delete from publication where id = ?", this.publicationId);
		}
	}

	@Test
	void halfAGigabyteIsRefusedBeforeItsBodyIsReadAndNothingIsStored() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.publicationId = this.jdbc.queryForObject("""
				insert into publication (type, status, issued_on, created_by, created_at, updated_at)
				values ('REPORT', 'DRAFT', ?, 'test', ?, ?) returning id""", Long.class, LocalDate.of(2025, 1, 1), now, now);
		this.jdbc.update("insert into publication_text (publication_id, language, slug, title) values (?, 'fr', ?, ?)",
				this.publicationId, "limite-" + this.publicationId, "Limite");
		String session = signIn();

		String boundary = "----oimBoundary7MA4YWxkTrZu0gW";
		byte[] partHeader = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		long length = partHeader.length + HALF_A_GIGABYTE + ("\r\n--" + boundary + "--\r\n").length();
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /admin/publications/" + this.publicationId + "/files/fr?lang=fr HTTP/1.1\r\n"
					+ "Host: localhost:" + this.port + "\r\nCookie: " + session + "\r\n"
					+ "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(partHeader);
			out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
			// A first megabyte only: the answer must come without the rest.
			out.write(new byte[1024 * 1024]);
			out.flush();
			String response = read(socket.getInputStream());
			assertThat(response).startsWith("HTTP/1.1 413");
			assertThat(Jsoup.parse(response.substring(response.indexOf("\r\n\r\n"))).selectFirst("h1").text())
				.isEqualTo("Envoi trop volumineux");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from publication_file where publication_id = ?", Long.class,
				this.publicationId)).isZero();
	}

	/** Signs the administrator in; answers the session cookie as a Cookie header's value. */
	private String signIn() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = Jsoup.parse(login).selectFirst("input[name=_csrf]").val();
		http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(HttpPages.form("email", SiteTest.ADMIN_EMAIL, "password",
					SiteTest.ADMIN_PASSWORD, "_csrf", token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpCookie cookie = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((found) -> found.getName().equals("OIM_SESSION"))
			.findFirst()
			.orElseThrow();
		return cookie.getName() + "=" + cookie.getValue();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** The answer, up to the end of its page: the server may keep the connection open meanwhile. */
	private static String read(InputStream in) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		try {
			while (!bytes.toString(StandardCharsets.UTF_8).contains("</html>") && (read = in.read(buffer)) > 0) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (java.net.SocketException ex) {
			// The server closed the connection after its answer, the rest of the body unread.
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
