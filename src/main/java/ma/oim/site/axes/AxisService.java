package ma.oim.site.axes;

import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AxisService {

	private final AxisRepository axes;

	AxisService(AxisRepository axes) {
		this.axes = axes;
	}

	public List<ThematicAxis> all() {
		return this.axes.findAllOrdered();
	}

	public List<AxisLink> axisCards(Language language) {
		return AxisLink.all(all(), language);
	}

	public Optional<ThematicAxis> bySlug(Language language, String slug) {
		return this.axes.findBySlug(language, slug);
	}

}
