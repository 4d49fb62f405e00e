package ma.oim.site.media;

import java.security.Principal;
import java.time.Duration;

import ma.oim.site.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the {@link Renditions} of an image, on the rules of {@link MediaController}:
 * visitors get those of images public content uses, kept for a year (a rendition's
 * address changes whenever its content would); signed-in editors get the others, kept
 * nowhere.
 */
@Controller
class RenditionController {

	private final Renditions renditions;

	RenditionController(Renditions renditions) {
		this.renditions = renditions;
	}

	@GetMapping("/media/{id}/{shape}/{file}")
	ResponseEntity<byte[]> rendition(@PathVariable long id, @PathVariable String shape, @PathVariable String file,
			Principal editor) {
		String name = shape + "/" + file;
		Renditions.RenditionFile rendition = this.renditions.file(id, name, editor != null)
			.orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(rendition.contentType()))
			.cacheControl(rendition.isPublic() ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
					: CacheControl.noStore().cachePrivate())
			.eTag("\"" + id + "-" + name.replace('/', '-') + "\"")
			.body(rendition.bytes());
	}

}
