package ma.oim.site.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ma.oim.site.i18n.Language;

/**
 * The form of the site's smaller content (organisation pages, thematic axes, partners):
 * a name and a text in each language, and a place in the order.
 */
public class BilingualForm {

	/** A name and a text in one language. */
	public static class Localized {

		@NotBlank
		@Size(max = 300)
		private String name = "";

		@Size(max = 100_000)
		private String text = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = (name != null) ? name.strip() : "";
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = (text != null) ? text : "";
		}

	}

	@Valid
	private Localized fr = new Localized();

	@Valid
	private Localized en = new Localized();

	@Min(0)
	@Max(1000)
	private int position;

	public Localized in(Language language) {
		return (language == Language.record()) ? this.fr : this.en;
	}

	public Localized getFr() {
		return this.fr;
	}

	public void setFr(Localized fr) {
		this.fr = fr;
	}

	public Localized getEn() {
		return this.en;
	}

	public void setEn(Localized en) {
		this.en = en;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

}
