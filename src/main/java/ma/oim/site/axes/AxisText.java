package ma.oim.site.axes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class AxisText {

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	protected AxisText() {
	}

	AxisText(String slug, String name, String description) {
		this.slug = slug;
		this.name = name;
		this.description = description;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

}
