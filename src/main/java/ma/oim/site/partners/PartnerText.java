package ma.oim.site.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class PartnerText {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	protected PartnerText() {
	}

	PartnerText(String name, String description) {
		this.name = name;
		this.description = description;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

}
