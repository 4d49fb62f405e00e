package ma.oim.site.media;

import java.io.IOException;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * An image sent with an editor's form, stored at once so that an error elsewhere in the
 * form does not lose it; a refusal becomes an error on the form's image field.
 */
@Component
public class ImageUploads {

	private final MediaService media;

	ImageUploads(MediaService media) {
		this.media = media;
	}

	/**
	 * @param details the form's part that describes the image, at {@code detailsField}
	 * @param imageField the field that names the stored image, where a refusal is shown
	 * @return the stored image's id, or empty when no file was sent or it was refused
	 */
	public Optional<Long> store(MultipartFile file, MediaForm details, String detailsField, String imageField,
			String actor, Errors errors) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		if (!details.hasRequiredAlt()) {
			errors.rejectValue(detailsField + "." + MediaForm.requiredAltField(), "media.alt.required");
			return Optional.empty();
		}
		if (errors.hasFieldErrors(detailsField + ".*")) {
			// A description refused by its field (too long, a date that is none): nothing is stored.
			return Optional.empty();
		}
		try {
			return Optional.of(this.media.upload(file.getBytes(), file.getOriginalFilename(), details, actor).getId());
		}
		catch (ImageRejectedException ex) {
			errors.rejectValue(imageField, ex.getReason());
		}
		catch (IOException ex) {
			errors.rejectValue(imageField, "media.error.unreadable");
		}
		return Optional.empty();
	}

}
