package ma.oim.site.content;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import ma.oim.site.i18n.Language;

import org.springframework.validation.Errors;

/**
 * The form of the site's smaller content (organisation pages, thematic axes, partners):
 * a name and a text in each configured language (fields {@code texts[ar].name}), and a
 * place in the order. The language of record needs a name; another language without a
 * name is not translated, and is left as it is.
 */
public class TranslationsForm {

	/** A name and a text in one language. */
	public static class Localized {

		@Size(max = 300)
		private String name = "";

		@Size(max = 100_000)
		private String text = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = (name != null) ? BidiControls.strip(name).strip() : "";
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = (text != null) ? BidiControls.stripEmbeddings(text) : "";
		}

		public boolean isEmpty() {
			return this.name.isBlank() && this.text.isBlank();
		}

	}

	@Valid
	private Map<String, Localized> texts = new LinkedHashMap<>();

	@Min(0)
	@Max(1000)
	private int position;

	public TranslationsForm() {
		for (Language language : Language.values()) {
			this.texts.put(language.code(), new Localized());
		}
	}

	public Localized in(Language language) {
		return this.texts.computeIfAbsent(language.code(), (code) -> new Localized());
	}

	/** Whether the form carries a text in this language (the language of record always). */
	public boolean has(Language language) {
		return language.isRecord() || !in(language).getName().isBlank();
	}

	/** The name in the language of record, for the audit log. */
	public String recordName() {
		return in(Language.record()).getName();
	}

	/** The language of record needs a name; so does a text in another language. */
	public void validate(Errors errors) {
		for (Language language : Language.values()) {
			Localized text = in(language);
			String field = "texts[" + language.code() + "].name";
			if (text.getName().isBlank() && (language.isRecord() || !text.getText().isBlank())
					&& !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "NotBlank");
			}
		}
	}

	public Map<String, Localized> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, Localized> texts) {
		this.texts = texts;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

}
