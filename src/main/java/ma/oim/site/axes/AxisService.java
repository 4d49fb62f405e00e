package ma.oim.site.axes;

import java.util.List;
import java.util.Optional;

import ma.oim.site.audit.AuditAction;
import ma.oim.site.audit.AuditLog;
import ma.oim.site.content.BilingualForm;
import ma.oim.site.i18n.Language;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AxisService {

	private final AxisRepository axes;

	private final AuditLog audit;

	AxisService(AxisRepository axes, AuditLog audit) {
		this.axes = axes;
		this.audit = audit;
	}

	public Optional<BilingualForm> formOf(long id) {
		return this.axes.findById(id).map((axis) -> {
			BilingualForm form = new BilingualForm();
			for (Language language : Language.values()) {
				AxisText text = axis.textOrFrench(language);
				form.in(language).setName(text.getName());
				form.in(language).setText(text.getDescription());
			}
			form.setPosition(axis.getPosition());
			return form;
		});
	}

	/** Renames and describes an axis; its slug, hence its address, stays. */
	@Transactional
	public void save(long id, BilingualForm form, String actor) {
		ThematicAxis axis = this.axes.findById(id).orElseThrow();
		for (Language language : Language.values()) {
			axis.rename(language, form.in(language).getName(), form.in(language).getText().strip());
		}
		axis.setPosition(form.getPosition());
		this.audit.record(actor, AuditAction.AXIS_SAVED, "axis", id, form.getFr().getName());
	}

	public List<ThematicAxis> all() {
		return this.axes.findAllOrdered();
	}

	public Optional<ThematicAxis> bySlug(Language language, String slug) {
		return this.axes.findBySlug(language, slug);
	}

}
