package ma.oim.site.axes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.LanguageConverter;

/** One of the mission's three thematic axes. */
@Entity
@Table(name = "thematic_axis")
class ThematicAxis {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@ElementCollection
	@CollectionTable(name = "thematic_axis_translation", joinColumns = @JoinColumn(name = "axis_id"))
	@MapKeyColumn(name = "language")
	@Convert(converter = LanguageConverter.class, attributeName = "key")
	private Map<Language, AxisText> translations = new HashMap<>();

	protected ThematicAxis() {
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	/** Renames the axis in a language; its slug, hence its address, stays. */
	void rename(Language language, String name, String description) {
		AxisText current = textOrFrench(language);
		this.translations.put(language, new AxisText(current.getSlug(), name, description));
	}

	void setPosition(int position) {
		this.position = position;
	}

	Optional<AxisText> text(Language language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** Axes are always translated; French answers if a translation is missing. */
	AxisText textOrFrench(Language language) {
		return text(language).orElseGet(() -> this.translations.get(Language.record()));
	}

}
