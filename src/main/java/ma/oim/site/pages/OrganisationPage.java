package ma.oim.site.pages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.LanguageConverter;

/**
 * An organisation page ("Qui sommes nous", "Notre travail" and their sub-pages). Pages
 * form a tree from which the menus are built; a page may only point out of the site.
 */
@Entity
@Table(name = "page")
public class OrganisationPage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private OrganisationPage parent;

	private int position;

	private String externalUrl;

	@Enumerated(EnumType.STRING)
	private PageListing listing;

	@ElementCollection
	@CollectionTable(name = "page_translation", joinColumns = @JoinColumn(name = "page_id"))
	@MapKeyColumn(name = "language")
	@Convert(converter = LanguageConverter.class, attributeName = "key")
	private Map<Language, PageText> translations = new HashMap<>();

	protected OrganisationPage() {
	}

	public Long getId() {
		return this.id;
	}

	public Long getParentId() {
		return (this.parent != null) ? this.parent.getId() : null;
	}

	public int getPosition() {
		return this.position;
	}

	public String getExternalUrl() {
		return this.externalUrl;
	}

	public boolean isExternal() {
		return this.externalUrl != null;
	}

	public PageListing getListing() {
		return this.listing;
	}

	/** Rewrites the page's title and text in a language it is already translated into. */
	void rewrite(Language language, String title, String bodyMarkdown, String bodyHtml) {
		this.translations.computeIfPresent(language, (key, text) -> text.rewritten(title, bodyMarkdown, bodyHtml));
	}

	void setPosition(int position) {
		this.position = position;
	}

	public Optional<PageText> text(Language language) {
		return Optional.ofNullable(this.translations.get(language));
	}

}
