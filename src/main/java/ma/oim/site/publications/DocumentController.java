package ma.oim.site.publications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.SitePaths;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves publications' files and their covers. A file is only ever downloaded, never shown
 * inline (no active content of a PDF runs on the site's origin): {@code attachment}, its
 * format's own type, {@code nosniff}. Visitors get the files of public publications, which
 * browsers and proxies may keep an hour; signed-in editors get the others too, which
 * nothing may keep. The bytes are copied from PostgreSQL a chunk at a time.
 */
@Controller
class DocumentController {

	private static final Duration PUBLIC_CACHE = Duration.ofHours(1);

	private final PublicPublications publications;

	private final DocumentStore store;

	DocumentController(PublicPublications publications, DocumentStore store) {
		this.publications = publications;
		this.store = store;
	}

	@GetMapping(SitePaths.DOCUMENT)
	void document(@PathVariable String id, @PathVariable String name, Principal editor, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		long fileId = id(id);
		if (PublicPublications.COVER_NAME.equals(name)) {
			cover(fileId, editor, response);
			return;
		}
		PublicPublications.StoredFile file = this.publications.file(fileId)
			.filter((found) -> found.downloadName().equals(name))
			.filter((found) -> found.isPublic() || editor != null)
			.orElseThrow(NotFoundException::new);
		String etag = "\"" + file.sha256() + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(file.isPublic()));
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(file.mediaType());
		response.setContentLengthLong(file.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.downloadName(), StandardCharsets.UTF_8).build().toString());
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		this.store.copy(file.id(), file.size(), response.getOutputStream());
	}

	@GetMapping(SitePaths.COVER)
	void textCover(@PathVariable String id, @PathVariable String language, Principal editor,
			HttpServletResponse response) throws IOException {
		Language shown = Language.fromCode(language).orElseThrow(NotFoundException::new);
		send(this.publications.textCover(id(id), shown), editor, response);
	}

	private void cover(long fileId, Principal editor, HttpServletResponse response) throws IOException {
		send(this.publications.cover(fileId), editor, response);
	}

	private void send(java.util.Optional<java.util.Map.Entry<byte[], Boolean>> found, Principal editor,
			HttpServletResponse response) throws IOException {
		var cover = found.filter((image) -> image.getValue() || editor != null).orElseThrow(NotFoundException::new);
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(cover.getValue()));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType("image/jpeg");
		response.setContentLength(cover.getKey().length);
		response.getOutputStream().write(cover.getKey());
	}

	private static String cacheControl(boolean isPublic) {
		return isPublic ? CacheControl.maxAge(PUBLIC_CACHE).cachePublic().getHeaderValue()
				: CacheControl.noStore().cachePrivate().getHeaderValue();
	}

	private static long id(String id) {
		if (!id.matches("[0-9]{1,18}")) {
			throw new NotFoundException();
		}
		return Long.parseLong(id);
	}

}
