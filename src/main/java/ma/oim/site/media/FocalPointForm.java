package ma.oim.site.media;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Where an image's subject is, in percent of its width and height from the top left corner. */
public class FocalPointForm {

	@NotNull
	@Min(0)
	@Max(100)
	private Integer x;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer y;

	static FocalPointForm of(Media media) {
		FocalPointForm form = new FocalPointForm();
		form.x = media.getFocalX();
		form.y = media.getFocalY();
		return form;
	}

	public Integer getX() {
		return this.x;
	}

	public void setX(Integer x) {
		this.x = x;
	}

	public Integer getY() {
		return this.y;
	}

	public void setY(Integer y) {
		this.y = y;
	}

}
