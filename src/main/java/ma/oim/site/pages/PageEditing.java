package ma.oim.site.pages;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import ma.oim.site.content.TranslationsForm;
import ma.oim.site.content.Markdown;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors rewrite the organisation pages (title and Markdown text per language) and
 * their order in the menu. Slugs, hence addresses, stay as they are. Every save is
 * announced as a {@link PageSaved}.
 */
@Service
@Transactional
class PageEditing {

	private final PageRepository pages;

	private final Markdown markdown;

	private final MediaService media;

	private final ApplicationEventPublisher events;

	PageEditing(PageRepository pages, Markdown markdown, MediaService media, ApplicationEventPublisher events) {
		this.pages = pages;
		this.markdown = markdown;
		this.media = media;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationPage> byId(long id) {
		return this.pages.findById(id).map((page) -> {
			page.text(Language.record());
			return page;
		});
	}

	@Transactional(readOnly = true)
	public TranslationsForm formOf(OrganisationPage page) {
		TranslationsForm form = new TranslationsForm();
		for (Language language : Language.values()) {
			page.text(language).ifPresent((text) -> {
				form.in(language).setName(text.getTitle());
				form.in(language).setText(text.getBodyMarkdown());
			});
		}
		form.setPosition(page.getPosition());
		return form;
	}

	public void save(long id, TranslationsForm form, String actor) {
		OrganisationPage page = this.pages.findById(id).orElseThrow();
		Set<Long> images = new LinkedHashSet<>();
		for (Language language : Language.values()) {
			if (!form.has(language)) {
				continue;
			}
			TranslationsForm.Localized text = form.in(language);
			String html = this.markdown.toSafeHtml(text.getText());
			page.rewrite(language, text.getName(), text.getText(), html);
			images.addAll(MediaService.referencedIn(html));
		}
		page.setPosition(form.getPosition());
		this.media.recordUses(MediaService.Owner.PAGE, id, images, MediaService.PUBLIC_ALWAYS);
		this.events.publishEvent(new PageSaved(id, actor, form.recordName()));
	}

}
