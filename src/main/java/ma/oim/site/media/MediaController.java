package ma.oim.site.media;

import java.security.Principal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored images. Visitors get those that public content uses; a variant never
 * changes once written, so browsers and proxies may keep it for a year. Signed-in
 * editors also get the others (drafts, withdrawn content, uploads not used yet), which
 * nothing else may keep.
 */
@Controller
class MediaController {

	private static final Pattern FILE = Pattern.compile("([0-9]{1,5})\\.(jpg|png)");

	private final MediaService media;

	MediaController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/media/{id}/{file}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String file, Principal editor) {
		Matcher name = FILE.matcher(file);
		if (!name.matches()) {
			throw new NotFoundException();
		}
		MediaService.ImageFile image = this.media.file(id, Integer.parseInt(name.group(1)))
			.filter((found) -> found.contentType().endsWith(name.group(2).equals("jpg") ? "jpeg" : "png"))
			.filter((found) -> found.isPublic() || editor != null)
			.orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(image.isPublic() ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
					: CacheControl.noStore().cachePrivate())
			.eTag("\"" + id + "-" + name.group(1) + "\"")
			.body(image.bytes());
	}

}
