package ma.oim.site.pages;

import java.util.Optional;

import ma.oim.site.audit.AuditAction;
import ma.oim.site.audit.AuditLog;
import ma.oim.site.content.BilingualForm;
import ma.oim.site.content.Markdown;
import ma.oim.site.i18n.Language;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors rewrite the organisation pages (title and Markdown text per language) and
 * their order in the menu. Slugs, hence addresses, stay as they are.
 */
@Service
@Transactional
public class PageEditing {

	private final PageRepository pages;

	private final Markdown markdown;

	private final AuditLog audit;

	PageEditing(PageRepository pages, Markdown markdown, AuditLog audit) {
		this.pages = pages;
		this.markdown = markdown;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<Page> byId(long id) {
		return this.pages.findById(id).map((page) -> {
			page.text(Language.FR);
			return page;
		});
	}

	@Transactional(readOnly = true)
	public BilingualForm formOf(Page page) {
		BilingualForm form = new BilingualForm();
		for (Language language : Language.values()) {
			page.text(language).ifPresent((text) -> {
				form.in(language).setName(text.getTitle());
				form.in(language).setText(text.getBodyMarkdown());
			});
		}
		form.setPosition(page.getPosition());
		return form;
	}

	public void save(long id, BilingualForm form, String actor) {
		Page page = this.pages.findById(id).orElseThrow();
		for (Language language : Language.values()) {
			BilingualForm.Localized text = form.in(language);
			page.rewrite(language, text.getName(), text.getText(), this.markdown.toSafeHtml(text.getText()));
		}
		page.setPosition(form.getPosition());
		this.audit.record(actor, AuditAction.PAGE_SAVED, "page", id, form.getFr().getName());
	}

}
