package ma.oim.site.redirects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The old address and the new one, as the administrator typed or pasted them. */
class RedirectForm {

	@NotBlank
	@Size(max = RedirectPaths.MAX_LENGTH)
	private String from;

	@NotBlank
	@Size(max = RedirectPaths.MAX_LENGTH)
	private String to;

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}
