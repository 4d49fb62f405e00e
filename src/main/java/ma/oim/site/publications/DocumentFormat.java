package ma.oim.site.publications;

/** The kinds of file a publication may have, recognised by their content, never by their name. */
enum DocumentFormat {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	private final String mediaType;

	private final String extension;

	DocumentFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

}
