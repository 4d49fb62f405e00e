package ma.oim.site.media;

import org.springframework.web.multipart.MultipartFile;

/** An image sent to the library on its own, with what the editor says of it. */
public class LibraryUploadForm extends MediaForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
