package ma.oim.site.media;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import ma.oim.site.content.LibraryImages;
import ma.oim.site.i18n.Language;

import org.springframework.stereotype.Component;

/** Resolves the texts' references to the library ({@code media:32}) to the images' addresses. */
@Component
class MediaReferences implements LibraryImages {

	static final String SCHEME = LibraryImages.SCHEME;

	private final MediaRepository media;

	MediaReferences(MediaRepository media) {
		this.media = media;
	}

	@Override
	public Map<Long, Image> find(Collection<Long> ids, Language language) {
		return this.media.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Media::getId, (image) -> new Image(MediaView.path(image, image.getWidth()),
					image.getWidth(), image.getHeight(), image.isDecorative() ? "" : image.alt(language))));
	}

}
