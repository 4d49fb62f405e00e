package ma.oim.site.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/** A page's slug in each language it has (by language code), as the editor typed them. */
public class PageAddressForm {

	private Map<String, String> slugs = new LinkedHashMap<>();

	public Map<String, String> getSlugs() {
		return this.slugs;
	}

	public void setSlugs(Map<String, String> slugs) {
		this.slugs = slugs;
	}

}
