package ma.oim.site.axes;

import java.util.Optional;

import ma.oim.site.content.TranslationsForm;
import ma.oim.site.i18n.Language;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors rename and describe the axes; every save is announced as an {@link AxisSaved}. */
@Service
@Transactional
class AxisEditing {

	private final AxisRepository axes;

	private final ApplicationEventPublisher events;

	AxisEditing(AxisRepository axes, ApplicationEventPublisher events) {
		this.axes = axes;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<TranslationsForm> formOf(long id) {
		return this.axes.findById(id).map((axis) -> {
			TranslationsForm form = new TranslationsForm();
			for (Language language : Language.values()) {
				axis.text(language).ifPresent((text) -> {
					form.in(language).setName(text.getName());
					form.in(language).setText(text.getDescription());
				});
			}
			form.setPosition(axis.getPosition());
			return form;
		});
	}

	/** Renames and describes an axis; its slug, hence its address, stays. */
	public void save(long id, TranslationsForm form, String actor) {
		ThematicAxis axis = this.axes.findById(id).orElseThrow();
		for (Language language : Language.values()) {
			if (form.has(language)) {
				axis.rename(language, form.in(language).getName(), form.in(language).getText().strip());
			}
		}
		axis.setPosition(form.getPosition());
		this.events.publishEvent(new AxisSaved(id, actor, form.recordName()));
	}

}
