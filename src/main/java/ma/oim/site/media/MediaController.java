package ma.oim.site.media;

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
 * Serves stored images. A variant never changes once written, so browsers and proxies
 * may keep it for a year.
 */
@Controller
class MediaController {

	private static final Pattern FILE = Pattern.compile("([0-9]{1,5})\\.(jpg|png)");

	private final MediaService media;

	MediaController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/media/{id}/{file}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String file) {
		Matcher name = FILE.matcher(file);
		if (!name.matches()) {
			throw new NotFoundException();
		}
		MediaService.ImageFile image = this.media.file(id, Integer.parseInt(name.group(1)))
			.filter((found) -> found.contentType().endsWith(name.group(2).equals("jpg") ? "jpeg" : "png"))
			.orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag("\"" + id + "-" + name.group(1) + "\"")
			.body(image.bytes());
	}

}
