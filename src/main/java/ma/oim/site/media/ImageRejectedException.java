package ma.oim.site.media;

/** An upload that is not an image the site accepts; {@code reason} is a message code. */
public class ImageRejectedException extends Exception {

	private final String reason;

	ImageRejectedException(String reason) {
		super(reason);
		this.reason = reason;
	}

	public String getReason() {
		return this.reason;
	}

}
